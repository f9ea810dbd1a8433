package io.claimbase.extract;

import java.util.List;

/**
 * The author's answer, in one article, to one assessment question. {@code label} is a label of the question's scale,
 * or {@code "undetermined"} (then {@code score} is null) when the article discusses the question without committing.
 */
public record ExtractedPosition(
        String question,
        String label,
        Double score,
        Trend trend,
        double confidence,
        String rationale,
        List<Evidence> evidence) {

    public enum Trend {
        STRENGTHENING,
        STABLE,
        WEAKENING
    }

    /** A claim that bears on the position; {@code supports == false} means it counts against {@code label}. */
    public record Evidence(int claimOrdinal, String cue, String pointsTo, boolean supports, double weight) {}
}
