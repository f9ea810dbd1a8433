package io.claimbase.extract.tag;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a sentence and normalises them to closed intervals with a precision. The interval
 * covers whole units of the precision: "late 2017" is all of 2017 (YEAR), "early September" all of September (MONTH),
 * "the late 1990s" the whole decade; only a half or a quarter of a year and a season narrow it (MONTH).
 * <ul>
 * <li>Years ("in 2014"; a four-digit number that is part of money, a count or a model name is no year).</li>
 * <li>Months ("September 2018", "July of last year", "last December", "in April"), seasons ("spring 2014"),
 * quarters ("Q3 2020", "the first quarter of 2019").</li>
 * <li>Days ("June 16", "16 June 2018", "September 11 and 12" → [11, 12], ISO "2018-06-16").</li>
 * <li>Ranges ("2018-2024", "2010-11", "between 2000 and 2015") and decades ("the 2020s", "the late 1990s").</li>
 * <li>Relative expressions resolved against the publication date: "last month", "this year", "earlier this week",
 * "next year", "two years ago", "the past three years", "over the last decade", "the end of the year", "yesterday",
 * "on Tuesday". "this/last/next week|month|year" are calendar units; "the past/last ..." the trailing span.</li>
 * <li>"since X" runs from the start of X to the publication date; so does the date in an opening "Since …," clause
 * ("Since the clash in June, …").</li>
 * <li>Expressions joined as a list are one period: "in late 2017 and early 2018" is [2017, 2018], "in 2002, 2016 and
 * 2018" is [2002, 2018].</li>
 * </ul>
 * A day or month written without a year takes the year that puts it nearest the publication date ("December" in an
 * article of 9 January 2019 is December 2018). Anything that needs the publication date while none is known
 * (relative expressions, dates without a year, "since X") is kept as text with {@code resolved == false} and no
 * bounds: it is never guessed. So are expressions no date resolves ("in recent years", "in the near future", "that
 * same week", "one year earlier"). The text includes a preposition before the expression ("in 2014", "On June 16").
 * <p>
 * <b>One period per claim</b>: the expressions are selected left to right, longest first, without overlaps; the
 * claim's period is the first resolved one, or, when none is resolved, the first unresolved one.
 */
final class TimeTagger {

    private static final String MONTH_FULL =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH_ANY = MONTH_FULL + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String YEAR = "((?:1[89]|20)\\d{2})";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String PART = "(early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|"
            + "beginning\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of|"
            + "the\\s+first\\s+half\\s+of|first\\s+half\\s+of|the\\s+second\\s+half\\s+of|second\\s+half\\s+of)";
    private static final String NUMBER_WORD = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** Words after a four-digit number that make it a count or a quantity, not a year. */
    private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
            "^(?:[.,]\\d|\\s*%|\\s*(?:per\\s*cent|percent)\\b|[\\s-]*(?:people|persons|troops|soldiers|servicemen|"
                    + "men|women|children|personnel|km|kilomet(?:er|re)s?|miles?|tons?|tonnes?|barrels|"
                    + "cubic|square|dollars|euros|yuan|rubles|roubles|units|vehicles|tanks|aircraft|"
                    + "jets|missiles|companies|firms|workers|employees|students|cases|deaths|casualties|"
                    + "refugees|migrants)\\b)");

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|on|during|over|about|around|by|until|till|for|from|at|as\\s+early\\s+as)\\s+$");
    private static final Pattern LIST_JOIN = Pattern.compile(
            "(?i)\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|to|through)" + "\\s*(?:(?:in|on|by|until)\\s+)?");
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\W*(?i:since)\\b[^,;]*[,;]");

    /** Turns one match into a period, or null to drop it. */
    @FunctionalInterface
    private interface Resolver {
        TimePeriod resolve(Matcher m, String text, LocalDate publishedOn);
    }

    /** What a sentence must contain for a rule to be worth running (checked on its tokens, which is cheap). */
    private enum Trigger {
        DIGIT,
        MONTH,
        DIGIT_AND_MONTH,
        MONTH_AND_UNIT,
        UNIT,
        WEEKDAY
    }

    private record Rule(Trigger trigger, Pattern pattern, Resolver resolver) {}

    private static final Set<String> MONTH_WORDS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    private static final Set<String> UNIT_WORDS = Set.of(
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "decade",
            "decades",
            "day",
            "days",
            "yesterday",
            "future",
            "century");
    private static final Set<String> WEEKDAY_WORDS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** A time expression found in a sentence, offsets local to the sentence. */
    record Found(int start, int end, TimePeriod period) {

        int length() {
            return end - start;
        }
    }

    private static final String RANGE_JOIN = "\\s*(?:-|\u2013|and|to|through)\\s*";
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private final List<Rule> rules = List.of(
            rule(Trigger.DIGIT, "\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b", TimeTagger::isoDate),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(" + MONTH_ANY + ")\\.?\\s+(\\d{1,2})" + ORDINAL
                            + "(?:" + RANGE_JOIN + "(\\d{1,2})" + ORDINAL + ")?\\b"
                            + "(?!\\s*(?:%|percent|per\\s+cent|\\d))(?:,?\\s+" + YEAR + "\\b)?",
                    TimeTagger::monthDay),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(\\d{1,2})" + ORDINAL + "(?:" + RANGE_JOIN + "(\\d{1,2})" + ORDINAL + ")?\\s+(?:of\\s+)?("
                            + MONTH_ANY + ")\\b\\.?(?:,?\\s+" + YEAR + "\\b)?",
                    TimeTagger::dayMonth),
            rule(
                    Trigger.MONTH_AND_UNIT,
                    "\\b(?:(early|mid|late)[\\s-]+)?(" + MONTH_FULL + ")\\s+(?:of\\s+)?(last|this|next)\\s+year\\b",
                    TimeTagger::monthOfRelativeYear),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(?:" + PART + "[\\s-]+)?(" + MONTH_ANY + ")\\.?(?:\\s+of)?,?\\s+" + YEAR + "\\b",
                    TimeTagger::monthYear),
            rule(
                    Trigger.MONTH,
                    "\\b(?i:(last|this|next))\\s+(" + MONTH_FULL + ")\\b(?!\\s*\\d)",
                    TimeTagger::monthRelative),
            rule(
                    Trigger.MONTH,
                    "(?:(?<=\\b(?i:in|since|until|till|by|during|from|before|after|around|through|as early "
                            + "as|as late as)\\s)(?:" + PART
                            + "[\\s-]+)?|\\b" + PART + "[\\s-]+)(" + MONTH_FULL + ")\\b(?!\\s*\\d)",
                    TimeTagger::monthAlone),
            rule(
                    Trigger.DIGIT,
                    "\\b(?:(early|late)\\s+)?((?i:spring|summer|autumn|fall|winter))\\s+(?:of\\s+)?" + YEAR + "\\b",
                    TimeTagger::season),
            rule(
                    Trigger.DIGIT,
                    "(?i)\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+" + "(?:of\\s+)?"
                            + YEAR + "\\b",
                    TimeTagger::quarter),
            rule(Trigger.DIGIT, "\\bQ([1-4])\\s+" + YEAR + "\\b", TimeTagger::quarter),
            rule(
                    Trigger.DIGIT,
                    "\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?((?:1[89]|20)\\d0)s\\b",
                    TimeTagger::decade),
            rule(
                    Trigger.DIGIT,
                    "\\b" + YEAR + "\\s*(?:-|\u2013|\u2014|/)\\s*((?:1[89]|20)?\\d{2})\\b" + "(?![-\u2013]\\d)",
                    TimeTagger::yearRange),
            rule(
                    Trigger.DIGIT,
                    "(?i)\\b(?:between|from)\\s+" + YEAR + "\\s+(?:and|to|until|till|through)\\s+" + YEAR + "\\b",
                    TimeTagger::yearRange),
            rule(Trigger.DIGIT, "\\b(?:" + PART + "[\\s-]+)?" + YEAR + "\\b", TimeTagger::year),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:(earlier|later)\\s+)?(?:(the)\\s+)?"
                            + "(this|last|next|past|previous|coming)\\s+(week|month|year|decade)\\b",
                    TimeTagger::relativeUnit),
            rule(
                    Trigger.UNIT,
                    "(?i)\\bthe\\s+(?:last|past)\\s+(two|three|four|five|six|seven|eight|nine|ten|"
                            + "\\d{1,2})\\s+(years|months|weeks|decades)\\b",
                    TimeTagger::trailing),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(" + NUMBER_WORD + "|\\d{1,2})\\s+(year|month|week|day)s?\\s+ago\\b",
                    TimeTagger::ago),
            rule(Trigger.UNIT, "(?i)\\byesterday\\b", TimeTagger::yesterday),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(the|this|next|last)\\s+"
                            + "(year|month)\\b",
                    TimeTagger::partOfRelativeUnit),
            rule(
                    Trigger.UNIT,
                    "(?i)\\bthe\\s+(?:last|past)\\s+(quarter|half)[\\s-]century\\b",
                    TimeTagger::trailingCentury),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:recent\\s+(?:years|months|weeks|decades)|(?:the\\s+)?(?:near|foreseeable|"
                            + "immediate)\\s+future|the\\s+coming\\s+(?:years|months|weeks|decades)|that\\s+same\\s+"
                            + "(?:day|week|month|year)|(?:" + NUMBER_WORD
                            + "|\\d{1,2})\\s+(?:years?|months?|weeks?|days?)\\s+"
                            + "(?:earlier|later))\\b",
                    TimeTagger::vague),
            rule(Trigger.WEEKDAY, "\\b(?i:(on|last|this|next))\\s+(" + WEEKDAY + ")\\b", TimeTagger::weekday));

    private static Rule rule(Trigger trigger, String regex, Resolver resolver) {
        return new Rule(trigger, Pattern.compile(regex), resolver);
    }

    /** The one period of a sentence, by the rule in the class comment, or null. */
    TimePeriod find(String sentence, LocalDate publishedOn) {
        return find(sentence, Tokens.of(sentence), publishedOn);
    }

    TimePeriod find(String sentence, Tokens tokens, LocalDate publishedOn) {
        String text = Tokens.spaced(sentence);
        Found firstUnresolved = null;
        for (Found found : all(text, tokens, publishedOn)) {
            if (found.period().resolved()) {
                return asWritten(sentence, found);
            }
            if (firstUnresolved == null) {
                firstUnresolved = found;
            }
        }
        return firstUnresolved == null ? null : asWritten(sentence, firstUnresolved);
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

    private List<Found> all(String sentence, Tokens tokens, LocalDate publishedOn) {
        EnumSet<Trigger> present = triggers(tokens);
        if (present.isEmpty()) {
            return List.of();
        }
        List<Found> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            if (!present.contains(rule.trigger())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                TimePeriod period = rule.resolver().resolve(m, sentence, publishedOn);
                if (period != null) {
                    candidates.add(widen(sentence, new Found(m.start(), m.end(), period), publishedOn));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::length).reversed()));
        List<Found> selected = new ArrayList<>();
        int covered = 0;
        for (Found candidate : candidates) {
            if (candidate.start() >= covered) {
                selected.add(candidate);
                covered = candidate.end();
            }
        }
        return sinceClause(sentence, coordinated(sentence, selected), publishedOn);
    }

    /**
     * Expressions joined as a list ("in late 2017 and early 2018", "in 2002, 2016 and 2018") are one period: from
     * the start of the first to the end of the last, at the coarsest precision among them.
     */
    private static List<Found> coordinated(String sentence, List<Found> selected) {
        List<Found> merged = new ArrayList<>();
        for (Found next : selected) {
            Found last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null
                    && last.period().resolved()
                    && next.period().resolved()
                    && LIST_JOIN
                            .matcher(sentence)
                            .region(last.end(), next.start())
                            .matches()
                    && !next.period().start().isBefore(last.period().start())) {
                DatePrecision coarser =
                        last.period().precision().compareTo(next.period().precision()) <= 0
                                ? last.period().precision()
                                : next.period().precision();
                merged.set(
                        merged.size() - 1,
                        new Found(
                                last.start(),
                                next.end(),
                                new TimePeriod(
                                        sentence.substring(last.start(), next.end()),
                                        last.period().start(),
                                        next.period().end(),
                                        coarser,
                                        true)));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /**
     * A sentence that opens with a "Since …," clause speaks about the time from the clause's date to the publication
     * ("Since the deadly clash in June, …").
     */
    private static List<Found> sinceClause(String sentence, List<Found> selected, LocalDate publishedOn) {
        Matcher clause = SINCE_CLAUSE.matcher(sentence);
        if (selected.isEmpty() || !clause.lookingAt()) {
            return selected;
        }
        List<Found> result = new ArrayList<>(selected);
        for (int i = 0; i < result.size(); i++) {
            Found found = result.get(i);
            TimePeriod period = found.period();
            if (found.end() <= clause.end()
                    && period.resolved()
                    && !period.text().regionMatches(true, 0, "since", 0, 5)) {
                result.set(
                        i,
                        new Found(
                                found.start(),
                                found.end(),
                                publishedOn == null || publishedOn.isBefore(period.start())
                                        ? unresolved(period.text(), period.precision())
                                        : new TimePeriod(
                                                period.text(), period.start(), publishedOn, period.precision(), true)));
            }
        }
        return result;
    }

    private static EnumSet<Trigger> triggers(Tokens tokens) {
        boolean digit = false;
        boolean month = false;
        boolean unit = false;
        boolean weekday = false;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            if (Character.isDigit(word.charAt(0))) {
                digit = true;
            } else if (MONTH_WORDS.contains(word)) {
                month = true;
            } else if (UNIT_WORDS.contains(word)) {
                unit = true;
            } else if (WEEKDAY_WORDS.contains(word)) {
                weekday = true;
            }
        }
        EnumSet<Trigger> present = EnumSet.noneOf(Trigger.class);
        add(present, Trigger.DIGIT, digit);
        add(present, Trigger.MONTH, month);
        add(present, Trigger.DIGIT_AND_MONTH, digit && month);
        add(present, Trigger.MONTH_AND_UNIT, month && unit);
        add(present, Trigger.UNIT, unit);
        add(present, Trigger.WEEKDAY, weekday);
        return present;
    }

    private static void add(EnumSet<Trigger> set, Trigger trigger, boolean present) {
        if (present) {
            set.add(trigger);
        }
    }

    /**
     * Takes in a preposition before the expression ("in 2014", "On June 16", "about a month ago"); "since X" runs
     * from the start of X to the publication date.
     */
    private static Found widen(String sentence, Found found, LocalDate publishedOn) {
        Matcher before = SINCE_BEFORE.matcher(sentence).region(Math.max(0, found.start() - 12), found.start());
        if (!before.find()) {
            Matcher preposition =
                    PREPOSITION_BEFORE.matcher(sentence).region(Math.max(0, found.start() - 12), found.start());
            if (!preposition.find()) {
                return found;
            }
            TimePeriod period = found.period();
            return new Found(
                    preposition.start(),
                    found.end(),
                    new TimePeriod(
                            sentence.substring(preposition.start(), found.end()),
                            period.start(),
                            period.end(),
                            period.precision(),
                            period.resolved()));
        }
        int start = before.start();
        String text = sentence.substring(start, found.end());
        TimePeriod period = found.period();
        if (!period.resolved() || publishedOn == null || publishedOn.isBefore(period.start())) {
            return new Found(start, found.end(), unresolved(text, period.precision()));
        }
        return new Found(
                start, found.end(), new TimePeriod(text, period.start(), publishedOn, period.precision(), true));
    }

    // --- resolvers --------------------------------------------------------------------------------------------------

    private static TimePeriod isoDate(Matcher m, String text, LocalDate publishedOn) {
        LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return date == null ? null : period(m.group(), date, date, DatePrecision.DAY);
    }

    private static TimePeriod monthDay(Matcher m, String text, LocalDate publishedOn) {
        return days(m.group(), month(m.group(1)), m.group(2), m.group(3), m.group(4), publishedOn);
    }

    private static TimePeriod dayMonth(Matcher m, String text, LocalDate publishedOn) {
        return days(m.group(), month(m.group(3)), m.group(1), m.group(2), m.group(4), publishedOn);
    }

    private static TimePeriod days(
            String written, int month, String first, String last, String year, LocalDate publishedOn) {
        int from = Integer.parseInt(first);
        int to = last == null ? from : Integer.parseInt(last);
        if (to < from) {
            return null;
        }
        Integer y = year != null ? Integer.valueOf(year) : nearestYear(month, from, publishedOn);
        if (y == null) {
            return date(2000, month, to) == null ? null : unresolved(written, DatePrecision.DAY);
        }
        LocalDate start = date(y, month, from);
        LocalDate end = date(y, month, to);
        return start == null || end == null ? null : period(written, start, end, DatePrecision.DAY);
    }

    private static TimePeriod monthOfRelativeYear(Matcher m, String text, LocalDate publishedOn) {
        if (publishedOn == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        int offset = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return wholeMonth(m.group(), publishedOn.getYear() + offset, month(m.group(2)));
    }

    private static TimePeriod monthYear(Matcher m, String text, LocalDate publishedOn) {
        return wholeMonth(m.group(), Integer.parseInt(m.group(3)), month(m.group(2)));
    }

    private static TimePeriod monthRelative(Matcher m, String text, LocalDate publishedOn) {
        if (publishedOn == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        int month = month(m.group(2));
        int pubMonth = publishedOn.getMonthValue();
        int year = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> month < pubMonth ? publishedOn.getYear() : publishedOn.getYear() - 1;
            case "next" -> month > pubMonth ? publishedOn.getYear() : publishedOn.getYear() + 1;
            default -> publishedOn.getYear();
        };
        return wholeMonth(m.group(), year, month);
    }

    /** "(in) September", "early September": the year nearest the publication date. */
    private static TimePeriod monthAlone(Matcher m, String text, LocalDate publishedOn) {
        int month = month(m.group(3));
        Integer year = nearestYear(month, 15, publishedOn);
        return year == null ? unresolved(m.group(), DatePrecision.MONTH) : wholeMonth(m.group(), year, month);
    }

    private static TimePeriod season(Matcher m, String text, LocalDate publishedOn) {
        int year = Integer.parseInt(m.group(3));
        YearMonth first = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "spring" -> YearMonth.of(year, 3);
            case "summer" -> YearMonth.of(year, 6);
            case "winter" -> YearMonth.of(year, 12);
            default -> YearMonth.of(year, 9);
        };
        return period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    private static TimePeriod quarter(Matcher m, String text, LocalDate publishedOn) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int quarter = switch (which.charAt(0)) {
            case 'f' -> which.startsWith("fi") ? 1 : 4;
            case 's' -> 2;
            case 't' -> 3;
            default -> Character.getNumericValue(which.charAt(0));
        };
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3 - 2);
        return period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** A decade, whole even when "early", "mid" or "late" (the precision is the decade). */
    private static TimePeriod decade(Matcher m, String text, LocalDate publishedOn) {
        int decade = Integer.parseInt(m.group(2));
        return period(m.group(), LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), DatePrecision.DECADE);
    }

    private static TimePeriod yearRange(Matcher m, String text, LocalDate publishedOn) {
        int from = Integer.parseInt(m.group(1));
        String endText = m.group(2);
        int to = endText.length() == 2 ? from / 100 * 100 + Integer.parseInt(endText) : Integer.parseInt(endText);
        if (to <= from || to - from > 100 || !isYearContext(text, m.start(1), m.end())) {
            return null;
        }
        return period(m.group(), LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DatePrecision.YEAR);
    }

    private static TimePeriod year(Matcher m, String text, LocalDate publishedOn) {
        if (!isYearContext(text, m.start(2), m.end(2))) {
            return null;
        }
        int year = Integer.parseInt(m.group(2));
        int[] months = partOfYear(m.group(1));
        return period(
                m.group(),
                LocalDate.of(year, months[0], 1),
                YearMonth.of(year, months[1]).atEndOfMonth(),
                DatePrecision.YEAR);
    }

    /**
     * "this/last/next week|month|year|decade" are calendar units around the publication date; "the past/last ..."
     * and "last/next decade" are the trailing (or coming) span up to (from) the publication date.
     */
    private static TimePeriod relativeUnit(Matcher m, String text, LocalDate pub) {
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        String which = m.group(3).toLowerCase(Locale.ROOT);
        boolean trailing = which.equals("past") || m.group(2) != null && which.equals("last");
        DatePrecision precision = switch (unit) {
            case "week" -> DatePrecision.DAY;
            case "month" -> DatePrecision.MONTH;
            case "decade" -> which.equals("this") ? DatePrecision.DECADE : DatePrecision.YEAR;
            default -> DatePrecision.YEAR;
        };
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int offset = switch (which) {
            case "last", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        LocalDate start;
        LocalDate end;
        if (trailing || unit.equals("decade") && offset != 0) {
            ChronoUnit chrono = switch (unit) {
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                case "year" -> ChronoUnit.YEARS;
                default -> ChronoUnit.DECADES;
            };
            if (offset > 0) {
                start = pub;
                end = pub.plus(1, chrono);
            } else {
                start = pub.minus(1, chrono);
                end = pub;
            }
        } else {
            LocalDate[] bounds = switch (unit) {
                case "week" -> {
                    LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusWeeks(offset);
                    yield new LocalDate[] {monday, monday.plusDays(6)};
                }
                case "month" -> {
                    YearMonth month = YearMonth.from(pub).plusMonths(offset);
                    yield new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                case "decade" -> {
                    int first = pub.getYear() / 10 * 10;
                    yield new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31)};
                }
                default -> {
                    int year = pub.getYear() + offset;
                    yield new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                }
            };
            start = bounds[0];
            end = bounds[1];
            if (offset == 0 && "earlier".equalsIgnoreCase(m.group(1))) {
                end = pub;
            } else if (offset == 0 && "later".equalsIgnoreCase(m.group(1))) {
                start = pub;
            }
        }
        return period(m.group(), start, end, precision);
    }

    private static TimePeriod trailing(Matcher m, String text, LocalDate pub) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        DatePrecision precision = unit.startsWith("month")
                ? DatePrecision.MONTH
                : unit.startsWith("week") ? DatePrecision.DAY : DatePrecision.YEAR;
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int n = count(m.group(1));
        LocalDate start = switch (unit) {
            case "weeks" -> pub.minusWeeks(n);
            case "months" -> pub.minusMonths(n);
            case "decades" -> pub.minusYears(10L * n);
            default -> pub.minusYears(n);
        };
        return period(m.group(), start, pub, precision);
    }

    private static TimePeriod ago(Matcher m, String text, LocalDate pub) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        DatePrecision precision = switch (unit) {
            case "year" -> DatePrecision.YEAR;
            case "month" -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int n = count(m.group(1));
        return switch (unit) {
            case "year" -> {
                int year = pub.getYear() - n;
                yield period(m.group(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), precision);
            }
            case "month" -> {
                YearMonth month = YearMonth.from(pub).minusMonths(n);
                yield period(m.group(), month.atDay(1), month.atEndOfMonth(), precision);
            }
            case "week" -> {
                LocalDate monday = pub.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield period(m.group(), monday, monday.plusDays(6), precision);
            }
            default -> period(m.group(), pub.minusDays(n), pub.minusDays(n), precision);
        };
    }

    /** "the end of the year", "the beginning of next month": the whole unit (its precision). */
    private static TimePeriod partOfRelativeUnit(Matcher m, String text, LocalDate pub) {
        boolean year = m.group(2).equalsIgnoreCase("year");
        DatePrecision precision = year ? DatePrecision.YEAR : DatePrecision.MONTH;
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int offset = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
        if (year) {
            int y = pub.getYear() + offset;
            return period(m.group(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), precision);
        }
        YearMonth month = YearMonth.from(pub).plusMonths(offset);
        return period(m.group(), month.atDay(1), month.atEndOfMonth(), precision);
    }

    private static TimePeriod trailingCentury(Matcher m, String text, LocalDate pub) {
        int years = m.group(1).equalsIgnoreCase("quarter") ? 25 : 50;
        return pub == null
                ? unresolved(m.group(), DatePrecision.YEAR)
                : period(m.group(), pub.minusYears(years), pub, DatePrecision.YEAR);
    }

    /**
     * Expressions no date resolves ("in recent years", "in the near future", "that same week", "one year earlier"):
     * kept as text, unresolved, so that a claim still says it speaks about a time.
     */
    private static TimePeriod vague(Matcher m, String text, LocalDate pub) {
        String lower = m.group().toLowerCase(Locale.ROOT);
        DatePrecision precision = lower.contains("future")
                ? null
                : lower.contains("year") || lower.contains("decade")
                        ? DatePrecision.YEAR
                        : lower.contains("month") ? DatePrecision.MONTH : DatePrecision.DAY;
        return unresolved(m.group(), precision);
    }

    private static TimePeriod yesterday(Matcher m, String text, LocalDate pub) {
        return pub == null
                ? unresolved(m.group(), DatePrecision.DAY)
                : period(m.group(), pub.minusDays(1), pub.minusDays(1), DatePrecision.DAY);
    }

    private static TimePeriod weekday(Matcher m, String text, LocalDate pub) {
        if (pub == null) {
            return unresolved(m.group(), DatePrecision.DAY);
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate date = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> pub.with(TemporalAdjusters.previous(day));
            case "next", "this" -> pub.with(TemporalAdjusters.nextOrSame(day));
            default -> pub.with(TemporalAdjusters.previousOrSame(day));
        };
        return period(m.group(), date, date, DatePrecision.DAY);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** A four-digit number is a year unless it is part of a bigger number, money, a percentage or a count. */
    private static boolean isYearContext(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isDigit(before) || "$€£¥.,:/#".indexOf(before) >= 0) {
                return false;
            }
            if (Tokens.isDash(before) && start > 1 && Character.isLetter(text.charAt(start - 2))) {
                return false;
            }
        }
        return !NOT_A_YEAR_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static TimePeriod wholeMonth(String written, int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return period(written, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** First and last month of a part of a year: a half narrows it, early/mid/late stay the whole year. */
    private static int[] partOfYear(String part) {
        if (part == null) {
            return new int[] {1, 12};
        }
        String p = part.toLowerCase(Locale.ROOT);
        if (p.contains("first half")) {
            return new int[] {1, 6};
        }
        if (p.contains("second half")) {
            return new int[] {7, 12};
        }
        return new int[] {1, 12};
    }

    /** The year (publication year -1, 0 or +1) that puts month/day nearest the publication date, or null. */
    private static Integer nearestYear(int month, int day, LocalDate publishedOn) {
        if (publishedOn == null) {
            return null;
        }
        int best = publishedOn.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = publishedOn.getYear() - 1; year <= publishedOn.getYear() + 1; year++) {
            LocalDate date = YearMonth.of(year, month)
                    .atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            long distance = Math.abs(ChronoUnit.DAYS.between(publishedOn, date));
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.containsKey(w) ? NUMBER_WORDS.get(w) : Integer.parseInt(w);
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static TimePeriod period(String text, LocalDate start, LocalDate end, DatePrecision precision) {
        return new TimePeriod(text, start, end, precision, true);
    }

    private static TimePeriod unresolved(String text, DatePrecision precision) {
        return new TimePeriod(text, null, null, precision, false);
    }
}
