package io.claimbase.extract.position;

import io.claimbase.extract.ExtractedClaim;
import java.util.List;

/**
 * What one claim about a question's actors says on it.
 *
 * @param reported  the claim reports someone else's view (attributed, or framed as others' view): kept, not counted
 * @param committal the claim holds a scale cue of full weight (not only a weak one such as a bare "partner"), or a
 *                  weak one with a direction, by whomever it is asserted: an article addresses a question only with
 *                  at least one such claim
 */
record ClaimReading(
        ExtractedClaim claim,
        boolean reported,
        List<Signal.Level> levels,
        List<Signal.Direction> directions,
        boolean committal) {

    /** The title's reading has no claim of its own: ordinal -1. */
    boolean isTitle() {
        return claim.ordinal() < 0;
    }

    boolean isEmpty() {
        return levels.isEmpty() && directions.isEmpty();
    }
}
