package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.ExtractedPosition;
import java.nio.file.Path;
import java.util.List;

/** The assessor of the shipped questions, for the stance tests, and the one position a test expects it to find. */
final class ShippedAssessor {

    static final PositionAssessor ASSESSOR =
            new PositionAssessor(QuestionLoader.load(Path.of("seeds/domain/questions.yaml")));

    private ShippedAssessor() {}

    /** The single position the assessor finds in the claims (the title may be null); fails on none or several. */
    static ExtractedPosition only(String title, List<ExtractedClaim> claims) {
        List<ExtractedPosition> positions = ASSESSOR.assess(title, claims);
        assertEquals(1, positions.size(), () -> "positions: " + positions);
        return positions.get(0);
    }
}
