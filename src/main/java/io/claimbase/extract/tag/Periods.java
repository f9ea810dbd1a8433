package io.claimbase.extract.tag;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Calendar arithmetic shared by the time resolvers: month names, valid dates, the nearest year, periods. */
final class Periods {

    private Periods() {}

    static TimePeriod wholeMonth(String written, int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return period(written, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** The year (publication year -1, 0 or +1) that puts month/day nearest the publication date, or null. */
    static Integer nearestYear(int month, int day, LocalDate publishedOn) {
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

    /**
     * The year of a date written without one, {@code months} long from month/day ({@code months == 0}: that day): for
     * a sentence in the past the latest such date that began by the publication date, for one about the future the
     * earliest that has not ended before it, otherwise the nearest ({@link #nearestYear}). Null without a publication
     * date.
     */
    static Integer yearFor(int month, int day, int months, LocalDate publishedOn, Tense tense) {
        if (publishedOn == null) {
            return null;
        }
        int year = publishedOn.getYear();
        return switch (tense) {
            case PAST -> start(year, month, day).isAfter(publishedOn) ? year - 1 : year;
            case FUTURE -> end(year, month, day, months).isBefore(publishedOn) ? year + 1 : year;
            case UNKNOWN -> nearestYear(month, months == 0 ? day : 15, publishedOn);
        };
    }

    private static LocalDate start(int year, int month, int day) {
        return YearMonth.of(year, month)
                .atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static LocalDate end(int year, int month, int day, int months) {
        return months == 0
                ? start(year, month, day)
                : YearMonth.of(year, month).plusMonths(months - 1L).atEndOfMonth();
    }

    static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    static LocalDate date(int year, int month, int day) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static TimePeriod period(String text, LocalDate start, LocalDate end, DatePrecision precision) {
        return new TimePeriod(text, start, end, precision, true);
    }

    static TimePeriod unresolved(String text, DatePrecision precision) {
        return new TimePeriod(text, null, null, precision, false);
    }
}
