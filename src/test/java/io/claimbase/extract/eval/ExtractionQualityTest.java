package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
import java.util.List;
import java.util.Map;
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
        Extractor extractor = EvaluatedExtractor.load();
        evaluation = ExtractionEvaluation.run(GoldSet.load(), extractor::extract);
        System.out.println(evaluation.report());
    }

    @Test
    void theGoldSetIsComplete() {
        List<GoldArticle> gold = GoldSet.load();
        assertTrue(gold.size() >= 14, "five seeds and at least nine test articles");
        assertTrue(gold.stream().mapToInt(a -> a.claims().size()).sum() > 400);
    }

    @Test
    void noBoilerplateOrNonClaimBecomesAClaim() {
        assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() {
        // measured 2026-11-23 on the 14 development articles (extractor 1.1.0): claims F1 0.995; kind 0.774,
        // attribution 0.969, certainty 0.952 (accuracy); topics F1 0.641, actors 0.979, event 0.707, time 0.867,
        // figures 0.970. Event acts, commentary and backdrops (after 1.3.0): event 0.703 -> 0.723. Attribution by the
        // general rules of issue #13: 0.967 -> 0.976. Topics since the question's topic for position evidence and the
        // relationship cues: 0.642 -> 0.668
        // Since the learned event-type and claim-kind models (seeds/domain/models, trained on this set among four) its
        // event and kind figures here are training-set figures (event 0.723 -> 0.909, kind 0.765 -> 1.000);
        // the honest ones are ModelRotationTest's.
        evaluation.assertFloors(Map.of(
                "claims", 0.95,
                "kind", 0.75,
                "attribution", 0.96,
                "certainty", 0.93,
                "topics", 0.64,
                "actors", 0.95,
                "event", 0.70,
                // time lowered 0.85 -> 0.84 on 2026-12-07 (branch time): this set's guidelines record no inferred
                // period, so every period inferred by the current guidelines ("at the time", what a communiqué says)
                // counts false here (0.855 -> 0.844, one each), while the readable blind sets gain eight
                "time", 0.84,
                // figures raised 2026-12-07 10:15 (claims17: durations, counts after modifiers, spelled-out numbers)
                "figures", 0.96));
    }
}
