package io.claimbase.extract.tag;

import static io.claimbase.extract.tag.Periods.month;
import static io.claimbase.extract.tag.Periods.period;
import static io.claimbase.extract.tag.Periods.unresolved;
import static io.claimbase.extract.tag.Periods.wholeMonth;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolvers of {@link TimeRules} for expressions relative to the publication date ("last month", "two years ago",
 * "the past three years", "on Tuesday") and for vague ones no date resolves. Without a publication date they stay
 * text, unresolved. Each returns a period, or null to drop the match.
 */
final class RelativeDates {

    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)\\b(?:in|through|throughout|for|during|by|over|until|till)\\s+$");

    private RelativeDates() {}

    static TimePeriod monthOfRelativeYear(Matcher m, String text, LocalDate publishedOn) {
        if (publishedOn == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        return wholeMonth(m.group(), publishedOn.getYear() + offset(m.group(3)), month(m.group(2)));
    }

    static TimePeriod monthRelative(Matcher m, String text, LocalDate publishedOn) {
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

    /**
     * "this/last/next week|month|year|decade" are calendar units around the publication date; "the past/last ..."
     * and "last decade" are the trailing span up to the publication date; "the next/coming decade" is a horizon of
     * plans, unresolved.
     */
    static TimePeriod relativeUnit(Matcher m, String text, LocalDate pub) {
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        String which = m.group(3).toLowerCase(Locale.ROOT);
        boolean trailing = which.equals("past") || m.group(2) != null && which.equals("last");
        DatePrecision precision = switch (unit) {
            case "week" -> DatePrecision.DAY;
            case "month" -> DatePrecision.MONTH;
            case "decade" -> which.equals("this") ? DatePrecision.DECADE : DatePrecision.YEAR;
            default -> DatePrecision.YEAR;
        };
        int offset = switch (which) {
            case "last", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        // "pledged 2 trillion roubles … over the next decade", "volume we could count on through the next decade": a
        // horizon of plans, which no reader dates
        if (pub == null || unit.equals("decade") && offset > 0) {
            return unresolved(m.group(), precision);
        }
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
            if (offset == 0
                    && m.group(1) != null
                    && !"later".equalsIgnoreCase(m.group(1))) { // "earlier this year", "so far this year"
                end = pub;
            } else if (offset == 0 && "later".equalsIgnoreCase(m.group(1))) {
                start = pub;
            }
        }
        return period(m.group(), start, end, precision);
    }

    /**
     * "this spring", "last winter", "through the summer": three months (winter from December) of the publication's
     * year ("this"), the one before or after it ("last", "next"), or after "in/through/for/during … the" the one the
     * sentence's tense points to; "each summer" and other bare seasons are no period.
     */
    static TimePeriod season(Matcher m, String text, LocalDate pub) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        if (which.equals("the")
                && !PREPOSITION_BEFORE
                        .matcher(text)
                        .region(Math.max(0, m.start() - 12), m.start())
                        .find()) {
            return null;
        }
        int first = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn" -> 9;
            default -> 12;
        };
        return threeMonths(m.group(), which, first, null, Tense.ofDate(text, m.start(), m.end()), pub);
    }

    /** "the first quarter", "the fourth quarter of this year": as {@link #season}, by the quarter's months. */
    static TimePeriod quarter(Matcher m, String text, LocalDate pub) {
        int quarter = switch (m.group(1).toLowerCase(Locale.ROOT).charAt(0)) {
            case 'f' -> m.group(1).toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            case '4' -> 4;
            default -> 1;
        };
        return threeMonths(m.group(), "the", quarter * 3 - 2, m.group(2), Tense.ofDate(text, m.start(), m.end()), pub);
    }

    private static TimePeriod threeMonths(
            String written, String which, int first, String relativeYear, Tense tense, LocalDate pub) {
        if (pub == null) {
            return unresolved(written, DatePrecision.MONTH);
        }
        int year = pub.getYear();
        if (relativeYear != null) {
            year += offset(relativeYear);
        } else if (which.equals("this") && first == 12 && pub.getMonthValue() <= 2) {
            year -= 1; // "this winter" in February: the winter that began in December
        } else if (which.equals("last")) {
            while (!YearMonth.of(year, first).plusMonths(2).atEndOfMonth().isBefore(pub)) {
                year -= 1; // the last one over by now ("last winter" in January: not the one under way)
            }
        } else if (which.equals("next")) {
            year = YearMonth.of(year, first).atDay(1).isAfter(pub) ? year : year + 1;
        } else if (which.equals("the")) {
            year = Periods.yearFor(first, 1, 3, pub, tense);
        }
        YearMonth start = YearMonth.of(year, first);
        return period(written, start.atDay(1), start.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** "the first four months of 2024", "the first nine months of this year": January to that month. */
    static TimePeriod firstMonths(Matcher m, String text, LocalDate pub) {
        int months = NumberWords.count(m.group(1));
        if (months < 1 || months > 12) {
            return null;
        }
        Integer year = m.group(2) != null
                ? Integer.valueOf(m.group(2))
                : pub == null ? null : pub.getYear() + offset(m.group(3));
        return year == null
                ? unresolved(m.group(), DatePrecision.MONTH)
                : period(
                        m.group(),
                        LocalDate.of(year, 1, 1),
                        YearMonth.of(year, months).atEndOfMonth(),
                        DatePrecision.MONTH);
    }

    /** "the first half of this year", "the second half of next year": six months of the year counted from now. */
    static TimePeriod halfOfTheYear(Matcher m, String text, LocalDate pub) {
        if (pub == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        int year = pub.getYear() + offset(m.group(2));
        int first = m.group(1).equalsIgnoreCase("first") ? 1 : 7;
        return period(
                m.group(),
                LocalDate.of(year, first, 1),
                YearMonth.of(year, first + 5).atEndOfMonth(),
                DatePrecision.MONTH);
    }

    /**
     * "rose … this morning", "On this evening's programme, X spoke to …": the publication day, in a clause about the
     * past only ("the tank I want to talk about this morning" is the talk's own time, none a reader dates).
     */
    static TimePeriod earlierToday(Matcher m, String text, LocalDate pub) {
        if (Tense.ofDate(text, m.start(), m.end()) != Tense.PAST) {
            return null;
        }
        return pub == null ? unresolved(m.group(), DatePrecision.DAY) : period(m.group(), pub, pub, DatePrecision.DAY);
    }

    /**
     * "Two years into the war, …", "six months into his term": the time of writing, told by how long something has
     * lasted; the publication year (dropped without a publication date).
     */
    static TimePeriod intoSomething(Matcher m, String text, LocalDate pub) {
        return pub == null
                ? null
                : period(
                        m.group(),
                        LocalDate.of(pub.getYear(), 1, 1),
                        LocalDate.of(pub.getYear(), 12, 31),
                        DatePrecision.YEAR);
    }

    /** "this quarter", "last quarter", "next quarter": the calendar quarter of the publication date, or one over. */
    static TimePeriod relativeQuarter(Matcher m, String text, LocalDate pub) {
        if (pub == null) {
            return unresolved(m.group(), DatePrecision.MONTH);
        }
        YearMonth first = YearMonth.of(pub.getYear(), (pub.getMonthValue() - 1) / 3 * 3 + 1)
                .plusMonths(3L * offset(m.group(1)));
        return period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** "before the year is out": from the publication date to the end of its year. */
    static TimePeriod restOfTheYear(Matcher m, String text, LocalDate pub) {
        return pub == null
                ? unresolved(m.group(), DatePrecision.DAY)
                : period(m.group(), pub, LocalDate.of(pub.getYear(), 12, 31), DatePrecision.DAY);
    }

    private static int offset(String which) {
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    static TimePeriod trailing(Matcher m, String text, LocalDate pub) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        DatePrecision precision = unit.startsWith("month")
                ? DatePrecision.MONTH
                : unit.startsWith("week") ? DatePrecision.DAY : DatePrecision.YEAR;
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int n = NumberWords.count(m.group(1));
        LocalDate start = switch (unit) {
            case "weeks" -> pub.minusWeeks(n);
            case "months" -> pub.minusMonths(n);
            case "decades" -> pub.minusYears(10L * n);
            default -> pub.minusYears(n);
        };
        return period(m.group(), start, pub, precision);
    }

    static TimePeriod ago(Matcher m, String text, LocalDate pub) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        DatePrecision precision = switch (unit) {
            case "year" -> DatePrecision.YEAR;
            case "month" -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int n = NumberWords.count(m.group(1));
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
    static TimePeriod partOfRelativeUnit(Matcher m, String text, LocalDate pub) {
        boolean year = m.group(2).equalsIgnoreCase("year");
        DatePrecision precision = year ? DatePrecision.YEAR : DatePrecision.MONTH;
        if (pub == null) {
            return unresolved(m.group(), precision);
        }
        int offset = offset(m.group(1));
        if (year) {
            int y = pub.getYear() + offset;
            return period(m.group(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), precision);
        }
        YearMonth month = YearMonth.from(pub).plusMonths(offset);
        return period(m.group(), month.atDay(1), month.atEndOfMonth(), precision);
    }

    static TimePeriod trailingCentury(Matcher m, String text, LocalDate pub) {
        int years = m.group(1).equalsIgnoreCase("quarter") ? 25 : 50;
        return pub == null
                ? unresolved(m.group(), DatePrecision.YEAR)
                : period(m.group(), pub.minusYears(years), pub, DatePrecision.YEAR);
    }

    /**
     * Expressions no date resolves ("in recent years", "in the near future", "that same week", "one year earlier"):
     * kept as text, unresolved, so that a claim still says it speaks about a time.
     */
    static TimePeriod vague(Matcher m, String text, LocalDate pub) {
        String lower = m.group().toLowerCase(Locale.ROOT);
        DatePrecision precision = lower.contains("future")
                ? null
                : lower.contains("year") || lower.contains("decade")
                        ? DatePrecision.YEAR
                        : lower.contains("month") ? DatePrecision.MONTH : DatePrecision.DAY;
        return unresolved(m.group(), precision);
    }

    /** "yesterday", "tomorrow" (also "tomorrow's election"): the day before or after the publication date. */
    static TimePeriod adjacentDay(Matcher m, String text, LocalDate pub) {
        if (pub == null) {
            return unresolved(m.group(), DatePrecision.DAY);
        }
        LocalDate day = m.group(1).equalsIgnoreCase("tomorrow") ? pub.plusDays(1) : pub.minusDays(1);
        return period(m.group(), day, day, DatePrecision.DAY);
    }

    static TimePeriod weekday(Matcher m, String text, LocalDate pub) {
        if (pub == null) {
            return unresolved(m.group(), DatePrecision.DAY);
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Tense tense = Tense.ofDate(text, m.start(), m.end());
        if ((word.equals("until") || word.equals("till")) && tense != Tense.PAST) {
            // "the drills run until Friday": from the publication date to that day
            return period(m.group(), pub, pub.with(TemporalAdjusters.nextOrSame(day)), DatePrecision.DAY);
        }
        LocalDate date = switch (word) {
            case "last" -> pub.with(TemporalAdjusters.previous(day));
            case "next", "this" -> pub.with(TemporalAdjusters.nextOrSame(day));
            default ->
                tense == Tense.FUTURE
                        ? pub.with(TemporalAdjusters.nextOrSame(day))
                        : pub.with(TemporalAdjusters.previousOrSame(day));
        };
        return period(m.group(), date, date, DatePrecision.DAY);
    }
}
