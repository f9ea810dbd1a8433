package io.claimbase.web;

import java.time.LocalDate;

/** Dates as the API writes them: as precise as they are known ({@code 2019}, {@code 2019-01}, {@code 2019-01-09}). */
public final class Dates {

    private Dates() {}

    /** The date cut to its precision ({@code year}, {@code month}, anything else: the day); null stays null. */
    public static String format(LocalDate date, String precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? "day" : precision) {
            case "year" -> String.valueOf(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
    }
}
