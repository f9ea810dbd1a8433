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
                () -> floor("claims", 0.95),
                () -> accuracyFloor("kind", 0.75),
                () -> accuracyFloor("attribution", 0.94),
                () -> accuracyFloor("certainty", 0.93),
                () -> floor("topics", 0.60),
                () -> floor("actors", 0.95),
                () -> floor("event", 0.68),
                () -> floor("time", 0.85),
                () -> floor("figures", 0.92));
    }

    private static void accuracyFloor(String attribute, double minAccuracy) {
        Score score = evaluation.score(attribute);
        assertTrue(score.accuracy() >= minAccuracy, () -> score + " fell below the floor " + minAccuracy);
    }

    private static void floor(String attribute, double minF1) {
        Score score = evaluation.score(attribute);
        assertTrue(score.f1() >= minF1, () -> score + " fell below the floor F1 " + minF1);
    }
}
