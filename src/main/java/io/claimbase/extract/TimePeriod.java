package io.claimbase.extract;

import java.time.LocalDate;

/**
 * The time a claim speaks about, as written and as a closed interval {@code [start, end]}. An expression that
 * cannot be resolved (a relative one without a publication date) keeps its text, has null bounds and
 * {@code resolved == false}: it is never guessed.
 */
public record TimePeriod(String text, LocalDate start, LocalDate end, DatePrecision precision, boolean resolved) {}
