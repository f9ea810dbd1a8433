package io.claimbase.extract.position;

import io.claimbase.extract.ExtractedPosition.Trend;

/** What one cue occurrence in one claim says; {@code weight} is how much it counts for the author (0: not at all). */
sealed interface Signal {

    String cue();

    double weight();

    /**
     * A scale cue.
     *
     * @param label    the scale label whose cue was found
     * @param negated  whether the cue is negated (then it counts against {@code label})
     * @param pointsTo where the cue points: {@code label}, or the level's ifNegated label when negated (may be null)
     */
    record Level(String cue, String label, boolean negated, String pointsTo, double weight) implements Signal {}

    record Direction(String cue, Trend trend, double weight) implements Signal {}
}
