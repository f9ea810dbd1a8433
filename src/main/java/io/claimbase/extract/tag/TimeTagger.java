package io.claimbase.extract.tag;

import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.util.List;

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
                return asWritten(sentence, narrower(found, all.subList(i + 1, all.size())));
            }
            if (firstUnresolved == null) {
                firstUnresolved = found;
            }
        }
        return firstUnresolved == null ? null : asWritten(sentence, firstUnresolved);
    }

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
