package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality report on the hand-annotated gold set (seeds + test articles), and the regression guard:
 * each floor sits a little below the figure measured when it was set (see README "Extraction"). Run alone with
 * {@code ./mvnw -B test -Dtest=ExtractionQualityTest} to print the report.
 */
class ExtractionQualityTest {

    private static ExtractionEvaluation evaluation;

    @BeforeAll
    static void evaluate() {
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        evaluation = ExtractionEvaluation.run(GoldSet.load(), extractor::extract);
        System.out.println(evaluation.report());
    }

    @Test
    void theGoldSetIsComplete() {
        List<GoldArticle> gold = GoldSet.load();
        assertTrue(gold.size() >= 10, "five seeds and at least five test articles");
        assertTrue(gold.stream().mapToInt(a -> a.claims().size()).sum() > 300);
    }

    @Test
    void noBoilerplateOrNonClaimBecomesAClaim() {
        assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() {
        // measured 2026-11-23: claims F1 1.000; kind 0.785, attribution 0.973, certainty 0.959 (accuracy); topics F1
        // 0.635, actors 0.983, event 0.723, time 0.893, figures 0.966
        assertAll(
                () -> evaluation.assertF1AtLeast("claims", 0.95),
                () -> evaluation.assertAccuracyAtLeast("kind", 0.75),
                () -> evaluation.assertAccuracyAtLeast("attribution", 0.94),
                () -> evaluation.assertAccuracyAtLeast("certainty", 0.93),
                () -> evaluation.assertF1AtLeast("topics", 0.60),
                () -> evaluation.assertF1AtLeast("actors", 0.95),
                () -> evaluation.assertF1AtLeast("event", 0.68),
                () -> evaluation.assertF1AtLeast("time", 0.85),
                () -> evaluation.assertF1AtLeast("figures", 0.92));
    }
}
