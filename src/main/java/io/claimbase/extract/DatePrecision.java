package io.claimbase.extract;

/** How precisely a date or interval is known. */
public enum DatePrecision {
    DECADE,
    YEAR,
    MONTH,
    DAY
}
