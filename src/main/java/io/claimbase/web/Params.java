package io.claimbase.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the query parameters several resources share; every failure is a 400 naming the parameter. */
public final class Params {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = 500;

    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Params() {}

    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9]\\d*)(\\.\\d+)?|\\.\\d+");

    /**
     * The page size: absent means {@value #DEFAULT_LIMIT}; otherwise an integer from 1 to {@value #MAX_LIMIT} in
     * canonical ASCII form (no sign, no leading zero, no other script's digits), else a 400 naming {@code limit}.
     */
    public static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (!Ids.isCanonical(limit, 3) || Integer.parseInt(limit) > MAX_LIMIT) {
            throw ProblemException.badParameter("limit", "must be an integer between 1 and " + MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

    /**
     * A decimal number in plain ASCII notation ({@code 0.5}, {@code 1}, {@code .75}; no sign, exponent, {@code NaN}
     * or {@code Infinity}), or null when absent; else a 400 naming the parameter.
     */
    public static Double decimal(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches() || value.length() > 20) {
            throw ProblemException.badParameter(parameter, "must be a decimal number such as 0.5");
        }
        return Double.valueOf(value);
    }

    /** An exclusive period of days; either end may be open (null). */
    public record Period(LocalDate after, LocalDate before) {}

    /**
     * The period two partial-date parameters name ({@link #boundary}), checked by {@link #range}: a reversed one is a
     * 400 naming both.
     */
    public static Period period(String afterParameter, String after, String beforeParameter, String before) {
        LocalDate from = boundary(afterParameter, after, true);
        LocalDate to = boundary(beforeParameter, before, false);
        range(afterParameter, from, beforeParameter, to);
        return new Period(from, to);
    }

    /**
     * Checks that a period ({@code after}, {@code before}), both already resolved to days, is not reversed: a
     * {@code before} that is not later than {@code after} is a client mistake, answered 400 naming both parameters.
     */
    public static void range(String afterParameter, LocalDate after, String beforeParameter, LocalDate before) {
        if (after == null || before == null || after.isBefore(before)) {
            return;
        }
        String message =
                beforeParameter + " (" + before + ") must be later than " + afterParameter + " (" + after + ")";
        throw new ProblemException(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                afterParameter + ", " + beforeParameter + ": " + message,
                java.util.List.of(
                        Problem.Violation.parameter(afterParameter, message),
                        Problem.Violation.parameter(beforeParameter, message)));
    }

    /**
     * A date given as a year, a year-month or a full ISO date; {@code after} picks the last day of the period (so
     * "after 2014" means from 2015-01-01), otherwise its first day.
     */
    public static LocalDate boundary(String parameter, String value, boolean after) {
        if (value == null) {
            return null;
        }
        PartialDate date = partialDate(value)
                .orElseThrow(() -> ProblemException.badParameter(
                        parameter, "must be a year (2014), a month (2014-05) or a date (2014-05-21)"));
        return after ? date.last() : date.first();
    }

    public static java.util.Optional<PartialDate> partialDate(String value) {
        Matcher m = PARTIAL_DATE.matcher(value.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return java.util.Optional.of(new PartialDate(LocalDate.of(year, 1, 1), PartialDate.Precision.YEAR));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return java.util.Optional.of(new PartialDate(month.atDay(1), PartialDate.Precision.MONTH));
            }
            return java.util.Optional.of(new PartialDate(LocalDate.parse(value.strip()), PartialDate.Precision.DAY));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A boolean parameter: absent is false; anything but {@code true} or {@code false} is a 400 naming it. */
    public static boolean bool(String parameter, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badParameter(parameter, "must be true or false");
    }

    public static String text(String parameter, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.badParameter(parameter, "must not be blank");
        }
        if (stripped.length() > MAX_TEXT) {
            throw ProblemException.badParameter(parameter, "must be at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }

    /** A date known to a year, a month or a day, starting at {@code first}. */
    public record PartialDate(LocalDate first, Precision precision) {

        public enum Precision {
            YEAR,
            MONTH,
            DAY
        }

        public LocalDate last() {
            return switch (precision) {
                case YEAR -> first.withDayOfYear(first.lengthOfYear());
                case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
                case DAY -> first;
            };
        }
    }
}
