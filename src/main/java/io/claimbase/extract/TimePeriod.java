package io.claimbase.extract;

import java.time.LocalDate;

/**
 * The time a claim speaks about, as written and as a closed interval {@code [start, end]}. An expression that
 * cannot be resolved (a relative one without a publication date) keeps its text, has null bounds and
 * {@code resolved == false}: it is never guessed.
 *
 * @param inferredFrom null when the sentence states the period; otherwise the period was inferred from the article
 *     (an event dated in an earlier sentence that this one refers back to), and this names where from
 */
public record TimePeriod(
        String text, LocalDate start, LocalDate end, DatePrecision precision, boolean resolved, String inferredFrom) {

    /** A period the sentence states. */
    public TimePeriod(String text, LocalDate start, LocalDate end, DatePrecision precision, boolean resolved) {
        this(text, start, end, precision, resolved, null);
    }

    public boolean inferred() {
        return inferredFrom != null;
    }
}
