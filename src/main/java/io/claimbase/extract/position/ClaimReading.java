package io.claimbase.extract.position;

import io.claimbase.extract.ExtractedClaim;
import java.util.List;

/**
 * What one claim about a question's actors says on it.
 *
 * @param reported the claim reports someone else's view (attributed, or framed as others' view): kept, not counted
 */
record ClaimReading(ExtractedClaim claim, boolean reported, List<Signal.Level> levels,
        List<Signal.Direction> directions) {

    boolean isEmpty() {
        return levels.isEmpty() && directions.isEmpty();
    }
}
