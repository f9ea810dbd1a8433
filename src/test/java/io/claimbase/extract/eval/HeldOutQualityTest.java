package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality report on the held-out articles ({@code gold/heldout}): annotated by a reader who neither
 * read nor ran the extractor, and never used to tune it. Run alone with
 * {@code ./mvnw -B test -Dtest=HeldOutQualityTest} to print the report; README "Extraction" has the figures.
 */
class HeldOutQualityTest {

    private static ExtractionEvaluation evaluation;

    @BeforeAll
    static void evaluate() {
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        evaluation = ExtractionEvaluation.run(GoldSet.heldOut(), extractor::extract);
        System.out.println(evaluation.report("the held-out articles"));
    }

    @Test
    void theHeldOutSetIsThere() {
        List<GoldArticle> heldOut = GoldSet.heldOut();
        assertTrue(heldOut.size() >= 4, "at least four held-out articles");
        assertTrue(heldOut.stream().mapToInt(a -> a.claims().size()).sum() >= 70);
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() {
        // measured 2026-11-23 (extractor 1.1.0) on the second held-out set: claims F1 0.987; kind 0.667, attribution
        // 0.923, certainty 1.000 (accuracy); topics F1 0.466, actors 0.899, event 0.541, time 0.800, figures 0.980
        evaluation.assertFloors(Map.of(
                "claims", 0.95,
                "kind", 0.62,
                "attribution", 0.88,
                "certainty", 0.95,
                "topics", 0.42,
                "actors", 0.85,
                "event", 0.48,
                "time", 0.75,
                "figures", 0.92));
    }

    @Test
    void noBoilerplateOrNonClaimBecomesAClaim() {
        assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
    }
}
