package io.claimbase.extract.position;

import java.util.List;

/**
 * One label of a question's ordered scale.
 *
 * @param ifNegated the label a negated cue of this level points to, or null when a negation points nowhere
 */
public record ScaleLevel(String label, double score, String description, String ifNegated, List<Cue> cues) {

    public ScaleLevel {
        label = Checks.text(label, "label", "scale label");
        if (PositionAssessor.UNDETERMINED.equals(label)) {
            throw new io.claimbase.extract.InvalidField(
                    "label", "'" + PositionAssessor.UNDETERMINED + "' is reserved, not a scale label");
        }
        cues = Checks.nonEmpty(cues, "cues", "scale label '" + label + "' cues");
    }
}
