package io.claimbase.extract.tag;

import static io.claimbase.extract.tag.Periods.date;
import static io.claimbase.extract.tag.Periods.month;
import static io.claimbase.extract.tag.Periods.period;
import static io.claimbase.extract.tag.Periods.unresolved;
import static io.claimbase.extract.tag.Periods.wholeMonth;
import static io.claimbase.extract.tag.Periods.yearFor;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolvers of {@link TimeRules} for calendar expressions: dates, months, seasons, quarters, years, ranges and
 * decades as written ("16 June 2018", "Q3 2020", "the late 1990s"). A day or month without a year takes the year
 * nearest the publication date. Each returns a period, or null to drop the match.
 */
final class CalendarDates {

    private CalendarDates() {}

    /** Words after a four-digit number that make it a count or a quantity, not a year. */
    private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
            "^(?:[.,]\\d|\\s*%|\\s*(?:per\\s*cent|percent)\\b|[\\s-]*(?:people|persons|troops|soldiers|servicemen|"
                    + "men|women|children|personnel|km|kilomet(?:er|re)s?|miles?|tons?|tonnes?|barrels|"
                    + "cubic|square|dollars|euros|yuan|rubles|roubles|units|vehicles|tanks|aircraft|"
                    + "jets|missiles|companies|firms|workers|employees|students|cases|deaths|casualties|"
                    + "refugees|migrants)\\b)");

    static TimePeriod isoDate(Matcher m, String text, LocalDate publishedOn) {
        LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return date == null ? null : period(m.group(), date, date, DatePrecision.DAY);
    }

    static TimePeriod monthDay(Matcher m, String text, LocalDate publishedOn) {
        return days(m, text, month(m.group(1)), m.group(2), m.group(3), m.group(4), publishedOn);
    }

    static TimePeriod dayMonth(Matcher m, String text, LocalDate publishedOn) {
        return days(m, text, month(m.group(3)), m.group(1), m.group(2), m.group(4), publishedOn);
    }

    /** Days of one month; without a year, the one the sentence's tense points to ({@link Periods#yearFor}). */
    private static TimePeriod days(
            Matcher m, String text, int month, String first, String last, String year, LocalDate publishedOn) {
        String written = m.group();
        int from = Integer.parseInt(first);
        int to = last == null ? from : Integer.parseInt(last);
        if (to < from) {
            return null;
        }
        Integer y = year != null
                ? Integer.valueOf(year)
                : yearFor(month, from, 0, publishedOn, Tense.ofDate(text, m.start(), m.end()));
        if (y == null) {
            return date(2000, month, to) == null ? null : unresolved(written, DatePrecision.DAY);
        }
        LocalDate start = date(y, month, from);
        LocalDate end = date(y, month, to);
        return start == null || end == null ? null : period(written, start, end, DatePrecision.DAY);
    }

    static TimePeriod monthYear(Matcher m, String text, LocalDate publishedOn) {
        return wholeMonth(m.group(), Integer.parseInt(m.group(3)), month(m.group(2)));
    }

    /** "(in) September", "early September": the year the sentence's tense points to ({@link Periods#yearFor}). */
    static TimePeriod monthAlone(Matcher m, String text, LocalDate publishedOn) {
        int month = month(m.group(3));
        Integer year = yearFor(month, 1, 1, publishedOn, Tense.ofDate(text, m.start(), m.end()));
        return year == null ? unresolved(m.group(), DatePrecision.MONTH) : wholeMonth(m.group(), year, month);
    }

    /**
     * "between May and July", "from March to June": the months from the first to the end of the last, with the year
     * written after the last ("between May and July 2025") or else the one the tense points to for the whole span; a
     * last month before the first runs into the next year ("from November to February").
     */
    static TimePeriod monthRange(Matcher m, String text, LocalDate publishedOn) {
        int first = month(m.group(1));
        int last = month(m.group(2));
        int months = last >= first ? last - first + 1 : last + 12 - first + 1;
        Integer year = m.group(3) != null
                ? Integer.valueOf(Integer.parseInt(m.group(3)) - (last < first ? 1 : 0))
                : yearFor(first, 1, months, publishedOn, Tense.ofDate(text, m.start(), m.end()));
        if (year == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        YearMonth start = YearMonth.of(year, first);
        return period(m.group(), start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** "the October summit", "the June elections", "their May summit": the month of the event named, its year as for a bare month. */
    static TimePeriod monthNamingAnEvent(Matcher m, String text, LocalDate publishedOn) {
        String written = m.group(1) != null ? m.group(1) : m.group(2);
        int month = month(written);
        Integer year = yearFor(month, 1, 1, publishedOn, Tense.ofDate(text, m.start(), m.end()));
        return year == null ? unresolved(written, DatePrecision.MONTH) : wholeMonth(written, year, month);
    }

    static TimePeriod season(Matcher m, String text, LocalDate publishedOn) {
        int year = Integer.parseInt(m.group(3));
        YearMonth first = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "spring" -> YearMonth.of(year, 3);
            case "summer" -> YearMonth.of(year, 6);
            case "winter" -> YearMonth.of(year, 12);
            default -> YearMonth.of(year, 9);
        };
        return period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    static TimePeriod quarter(Matcher m, String text, LocalDate publishedOn) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int quarter = switch (which.charAt(0)) {
            case 'f' -> which.equals("first") ? 1 : 4; // "fourth", "final"
            case 'l' -> 4; // "the last quarter of 2023"
            case 's' -> 2;
            case 't' -> 3;
            default -> Character.getNumericValue(which.charAt(0));
        };
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3 - 2);
        return period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    /**
     * "the first quarter of 2025 … in the second", "the first half of 2024 … in the second": from the start of the
     * first part to the end of the later one, by months.
     */
    static TimePeriod laterPartOfTheYear(Matcher m, String text, LocalDate publishedOn) {
        int months = m.group(2).equalsIgnoreCase("half") ? 6 : 3;
        int first = ordinal(m.group(1));
        int last = ordinal(m.group(4));
        if (last <= first || last * months > 12) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        return period(
                m.group(),
                YearMonth.of(year, (first - 1) * months + 1).atDay(1),
                YearMonth.of(year, last * months).atEndOfMonth(),
                DatePrecision.MONTH);
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    /** A decade, whole even when "early", "mid" or "late" (the precision is the decade). */
    static TimePeriod decade(Matcher m, String text, LocalDate publishedOn) {
        int decade = Integer.parseInt(m.group(2));
        return period(m.group(), LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), DatePrecision.DECADE);
    }

    static TimePeriod yearRange(Matcher m, String text, LocalDate publishedOn) {
        int from = Integer.parseInt(m.group(1));
        String endText = m.group(2);
        int to = endText.length() == 2 ? from / 100 * 100 + Integer.parseInt(endText) : Integer.parseInt(endText);
        if (to <= from || to - from > 100 || !isYearContext(text, m.start(1), m.end())) {
            return null;
        }
        return period(m.group(), LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DatePrecision.YEAR);
    }

    static TimePeriod year(Matcher m, String text, LocalDate publishedOn) {
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

    /** A four-digit number is a year unless it is part of a bigger number, money, a percentage or a count. */
    static boolean isYearContext(String text, int start, int end) {
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

    /** First and last month of a part of a year: a half narrows it, early/mid/late stay the whole year. */
    static int[] partOfYear(String part) {
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
}
