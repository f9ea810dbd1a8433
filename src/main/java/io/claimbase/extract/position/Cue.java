package io.claimbase.extract.position;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimbase.extract.InvalidField;

/**
 * A phrase that places the relationship at a scale label, with how much one occurrence counts (default 1; an
 * explicit name of the label, such as "pseudo-alliance", up to {@value #MAX_WEIGHT}).
 *
 * @param ifNegated overrides the level's ifNegated for this cue: a label, or {@value #NOWHERE} when denying this cue
 *                  says nothing about the level (denying "junior partner" is about symmetry, not closeness); null
 *                  keeps the level's
 */
public record Cue(String phrase, double weight, String ifNegated) {

    public static final String NOWHERE = "none";
    /** An explicit name for a label ("de facto alliance") may count up to twice as much as a description. */
    public static final double MAX_WEIGHT = 2;

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Cue(
            @JsonProperty("phrase") String phrase,
            @JsonProperty("weight") Double weight,
            @JsonProperty("ifNegated") String ifNegated) {
        this(phrase, weight == null ? 1.0 : weight.doubleValue(), ifNegated);
    }

    public Cue {
        Checks.phrase(Checks.text(phrase, "phrase", "cue phrase"), "phrase");
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
            throw new InvalidField(
                    "weight", "cue '" + phrase + "': weight must be in (0, " + MAX_WEIGHT + "], was " + weight);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Cue of(String phrase) {
        try {
            return new Cue(phrase, 1.0, null);
        } catch (InvalidField e) {
            // a cue written as a plain string is its phrase: the error is at the string itself
            throw new InvalidField(null, e.getMessage());
        }
    }

    /** The label a negated occurrence points to, or null when it points nowhere. */
    String negatedPointsTo(ScaleLevel level) {
        if (ifNegated == null) {
            return level.ifNegated();
        }
        return NOWHERE.equals(ifNegated) ? null : ifNegated;
    }
}
