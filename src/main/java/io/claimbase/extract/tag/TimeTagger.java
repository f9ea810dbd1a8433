package io.claimbase.extract.tag;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a sentence and normalises them to closed intervals with a precision. The interval
 * covers whole units of the precision: "late 2017" is all of 2017 (YEAR), "early September" all of September (MONTH),
 * "the late 1990s" the whole decade; only a half or a quarter of a year and a season narrow it (MONTH).
 * <ul>
 * <li>Years ("in 2014"; a four-digit number that is part of money, a count or a model name is no year).</li>
 * <li>Months ("September 2018", "July of last year", "last December", "in April"), seasons ("spring 2014", "this
 * spring", "through the summer"), quarters ("Q3 2020", "the first quarter of 2019", "the fourth quarter"), "the first
 * nine months of 2024".</li>
 * <li>Days ("June 16", "16 June 2018", "September 11 and 12" → [11, 12], ISO "2018-06-16").</li>
 * <li>Ranges ("2018-2024", "2010-11", "between 2000 and 2015") and decades ("the 2020s", "the late 1990s").</li>
 * <li>Relative expressions resolved against the publication date: "last month", "this year", "earlier this week",
 * "so far this year", "thirty years ago", "the past twelve months",
 * "next year", "two years ago", "the past three years", "over the last decade", "the end of the year", "yesterday",
 * "on Tuesday". "this/last/next week|month|year" are calendar units; "the past/last ..." the trailing span.</li>
 * <li>"since X" runs from the start of X to the publication date; so does the date in an opening "Since …," clause
 * ("Since the clash in June, …").</li>
 * <li>Expressions joined as a list are one period: "in late 2017 and early 2018" is [2017, 2018], "in 2002, 2016 and
 * 2018" is [2002, 2018].</li>
 * </ul>
 * A day, month, season or quarter written without a year takes the year the sentence's tense points to ({@link
 * Tense}): in a sentence about the past the latest one that began by the publication date ("approved … in April" in
 * an article of 9 January 2019 is April 2018), about the future the next one ("is due … on Saturday"), otherwise the
 * nearest ("December" in an article of 9 January 2019 is December 2018). Anything that needs the publication date while none is known
 * (relative expressions, dates without a year, "since X") is kept as text with {@code resolved == false} and no
 * bounds: it is never guessed. So are expressions no date resolves ("in recent years", "in the near future", "that
 * same week", "one year earlier"). The text includes a preposition before the expression ("in 2014", "On June 16").
 * <p>
 * <b>One period per claim</b>: the expressions are selected left to right, longest first, without overlaps; the
 * claim's period is the first resolved one, or, when none is resolved, the first unresolved one.
 * <p>
 * The rules are in {@link TimeRules}, their resolvers in {@link CalendarDates} and {@link RelativeDates}, the
 * selection in {@link TimeSelection}.
 */
final class TimeTagger {

    /** A time expression found in a sentence, offsets local to the sentence. */
    record Found(int start, int end, TimePeriod period) {

        int length() {
            return end - start;
        }
    }

    /** The one period of a sentence, by the rule in the class comment, or null. */
    TimePeriod find(String sentence, LocalDate publishedOn) {
        return find(sentence, Tokens.of(sentence), publishedOn);
    }

    TimePeriod find(String sentence, Tokens tokens, LocalDate publishedOn) {
        String text = Tokens.spaced(sentence);
        Found firstUnresolved = null;
        List<Found> all = all(text, tokens, publishedOn);
        for (int i = 0; i < all.size(); i++) {
            Found found = all.get(i);
            if (found.period().resolved()) {
                List<Found> later = all.subList(i + 1, all.size());
                // "the 2019 white paper, published in July 2019": July 2019; "last year …, in October": last year
                Found narrower = namesAThing(sentence, found) ? narrower(found, later) : found;
                if (narrower != found) {
                    return asWritten(sentence, narrower);
                }
                TimePeriod span = span(sentence, found, later);
                return span != null ? span : countedOn(sentence, found, later);
            }
            if (firstUnresolved == null) {
                firstUnresolved = found;
            }
        }
        return firstUnresolved == null ? null : asWritten(sentence, firstUnresolved);
    }

    /**
     * Two or more periods a sentence tells apart ("grew 26 percent in 2023 but only 2 percent in the first nine months
     * of 2024", "In 2020 it named …, and in 2024 it blamed …", "began in 2002 and agreed a text only in 2018"): the
     * sentence speaks about the stretch from the earliest to the latest. Only when no period holds another ("last year
     * …, in October" is last year) and none is a year naming a thing ("the 2015 agreement"); null otherwise.
     */
    private static TimePeriod span(String sentence, Found first, List<Found> later) {
        List<Found> told = new ArrayList<>();
        told.add(first);
        for (Found found : later) {
            Found previous = told.get(told.size() - 1);
            if (found.period().resolved()
                    && found.period().start() != null
                    && !namesAThing(sentence, found)
                    && found.start() >= previous.end()
                    && JOINED.matcher(sentence.substring(previous.end(), found.start()))
                            .find()
                    && !SENTENCE_BREAK
                            .matcher(sentence.substring(previous.end(), found.start()))
                            .find()
                    && !COMPARED.matcher(sentence.substring(0, found.start())).find()) {
                told.add(found);
            }
        }
        if (told.size() < 2 || namesAThing(sentence, first)) {
            return null;
        }
        LocalDate start = first.period().start();
        LocalDate end = first.period().end();
        DatePrecision precision = first.period().precision();
        for (Found found : told.subList(1, told.size())) {
            TimePeriod p = found.period();
            for (Found other : told) {
                TimePeriod o = other.period();
                if (other != found && !o.start().isAfter(p.end()) && !p.start().isAfter(o.end())) {
                    return null; // overlapping: one holds or meets the other
                }
            }
            start = p.start().isBefore(start) ? p.start() : start;
            end = p.end().isAfter(end) ? p.end() : end;
            precision =
                    p.precision() != null && precision != null && p.precision().compareTo(precision) < 0
                            ? p.precision()
                            : precision;
        }
        Found last = told.get(told.size() - 1);
        return new TimePeriod(sentence.substring(first.start(), last.end()), start, end, precision, true);
    }

    /**
     * Clauses or parts set side by side, the joining word right after the first period or right before the next:
     * "… in 2020, and in 2024 …", "in 2023 but … in 2024", "began in 2002 and agreed … in 2018"; or a figure set
     * against the one of another period ("… in 2025, down from $245 billion in 2024").
     */
    private static final Pattern JOINED = Pattern.compile("(?i)^\\s*,?\\s*(?:and|but|while|whereas)\\b"
            + "|\\b(?:and|but|while|whereas|then)\\s*(?:again\\s+|then\\s+)?$"
            // a figure of one period set against one of another: "$228 billion in 2025, down from a record $245
            // billion in 2024", "to $228 billion last year from $245 billion in 2024"
            // (not against the same weeks of a year before, a comparison: "since July, up from 38 over the same weeks
            // last year")
            + "|^(?![^;]*\\bsame\\b)\\s*,?\\s*(?:(?:down|up)\\s+)?from\\s+(?:a\\s+(?:record|high|peak|low)\\s+(?:of\\s+)?)?"
            + "(?:about\\s+|roughly\\s+|some\\s+|around\\s+)?[$€£¥]?\\d");

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’]?\\s+\\p{Lu}");

    /** A period the sentence compares with rather than tells: "a third more than last year". */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:than|compared\\s+(?:with|to))\\s+$");

    /** A bare year before a noun, naming a thing rather than telling when: "the 2015 agreement", "2019's accord". */
    private static boolean namesAThing(String sentence, Found found) {
        String text = sentence.substring(found.start(), found.end()).strip();
        return BARE_YEAR.matcher(text).matches()
                && (found.start() == 0
                        || !TIME_PREPOSITION_BEFORE
                                .matcher(sentence.substring(0, found.start()))
                                .find());
    }

    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");

    /** A preposition or conjunction right before a year, which then tells when: "in 2015", "and 2016". */
    private static final Pattern TIME_PREPOSITION_BEFORE =
            Pattern.compile("\\b(?:in|of|since|until|by|from|to|and|or|before|after|through|during)\\s+$");

    /**
     * A later expression that states a part of the first one more precisely ("the 2018 strategy, unveiled in January
     * 2018") is the claim's period; else the first.
     */
    private static Found narrower(Found first, List<Found> later) {
        TimePeriod outer = first.period();

        for (Found found : later) {
            TimePeriod inner = found.period();
            if (inner.resolved()
                    && inner.precision() != null
                    && outer.precision() != null
                    && inner.precision().compareTo(outer.precision()) > 0
                    && !inner.start().isBefore(outer.start())
                    && !inner.end().isAfter(outer.end())) {
                return found;
            }
        }
        return first;
    }

    /**
     * A period and a time the sentence counts on from it, the last it tells ("froze arms sales in 2021 before lifting
     * the restriction three years later", "pacts with Tunisia in 2023 and with Egypt the following year", "In
     * February …, and a month later …"): the stretch from the period to that time. Else the period as written.
     */
    private static TimePeriod countedOn(String sentence, Found found, List<Found> later) {
        TimePeriod period = found.period();
        Matcher on = COUNTED_ON.matcher(sentence);
        if (!on.find(found.end())
                || later.stream().anyMatch(f -> f.period().resolved() && f.start() < on.end())
                || period.start().getYear() != period.end().getYear()) {
            return asWritten(sentence, found);
        }
        int n = on.group(1) != null ? NumberWords.count(on.group(1)) : 1;
        String unit = (on.group(2) != null ? on.group(2) : on.group(3)).toLowerCase(Locale.ROOT);
        LocalDate end;
        DatePrecision precision = period.precision();
        if (unit.startsWith("year") && period.precision() == DatePrecision.YEAR) {
            end = LocalDate.of(period.start().getYear() + n, 12, 31);
        } else if (period.precision() == DatePrecision.MONTH
                && period.start().getMonth() == period.end().getMonth()) {
            end = YearMonth.from(period.start()).plusMonths(n).atEndOfMonth();
        } else {
            return asWritten(sentence, found);
        }
        return new TimePeriod(sentence.substring(found.start(), on.end()), period.start(), end, precision, true);
    }

    private static final Pattern COUNTED_ON = Pattern.compile("(?i)\\b(?:(a|an|one|two|three|four|five|six|seven"
            + "|eight|nine|ten)\\s+(years?|months?)\\s+later|the\\s+following\\s+(year|month))\\b");

    /** The period with its text exactly as in the sentence (which may have no-break spaces). */
    private static TimePeriod asWritten(String sentence, Found found) {
        TimePeriod period = found.period();
        return new TimePeriod(
                sentence.substring(found.start(), found.end()),
                period.start(),
                period.end(),
                period.precision(),
                period.resolved());
    }

    /** Every selected expression of a sentence, left to right, without overlaps. */
    List<Found> all(String sentence, LocalDate publishedOn) {
        return all(Tokens.spaced(sentence), Tokens.of(sentence), publishedOn);
    }

    private static List<Found> all(String sentence, Tokens tokens, LocalDate publishedOn) {
        return TimeSelection.select(sentence, TimeRules.matches(sentence, tokens, publishedOn), publishedOn);
    }
}
