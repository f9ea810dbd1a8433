package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
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
        assertTrue(heldOut.stream().mapToInt(a -> a.claims().size()).sum() >= 80);
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() {
        // measured 2026-11-23 (extractor 1.1.0): claims F1 0.976; kind 0.732, attribution 0.951, certainty 0.927
        // (accuracy); topics F1 0.480, actors 0.947, event 0.333, time 0.774, figures 0.976
        assertAll(
                () -> evaluation.assertF1AtLeast("claims", 0.93),
                () -> evaluation.assertAccuracyAtLeast("kind", 0.68),
                () -> evaluation.assertAccuracyAtLeast("attribution", 0.90),
                () -> evaluation.assertAccuracyAtLeast("certainty", 0.88),
                () -> evaluation.assertF1AtLeast("topics", 0.43),
                () -> evaluation.assertF1AtLeast("actors", 0.90),
                () -> evaluation.assertF1AtLeast("event", 0.25),
                () -> evaluation.assertF1AtLeast("time", 0.70),
                () -> evaluation.assertF1AtLeast("figures", 0.92));
    }

    @Test
    void noBoilerplateOrNonClaimBecomesAClaim() {
        assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
    }
}
