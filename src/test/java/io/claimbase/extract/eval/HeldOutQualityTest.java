package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
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
        Extractor extractor = EvaluatedExtractor.load();
        evaluation = ExtractionEvaluation.run(GoldSet.heldOut(), extractor::extract);
        System.out.println(evaluation.report("the held-out articles"));
    }

    @Test
    void theHeldOutSetIsThere() {
        List<GoldArticle> heldOut = GoldSet.heldOut();
        assertTrue(heldOut.size() >= 8, "at least eight held-out articles");
        assertTrue(heldOut.stream().mapToInt(a -> a.claims().size()).sum() >= 150);
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() {
        // measured 2026-11-23 (extractor 1.1.0) on the held-out sets 2 and 3 (8 articles, 155 claims): claims F1
        // 0.994; kind 0.690, attribution 0.897, certainty 0.994 (accuracy); topics F1 0.545, actors 0.938, event
        // 0.559, time 0.745, figures 0.974. Event acts, commentary and backdrops, topic continuation (after
        // 1.3.0): event 0.592, topics 0.584; 0.589 since the question's topic for position evidence
        // Since the learned event-type and claim-kind models (seeds/domain/models, trained on this set among four) its
        // event and kind figures here are training-set figures (event 0.592 -> 0.836, kind 0.671 -> 1.000);
        // the honest ones are ModelRotationTest's.
        evaluation.assertFloors(Map.of(
                "claims", 0.95,
                "kind", 0.64,
                "attribution", 0.93, // 0.942 since branch furniture (0.923 before; 0.897 in 2026-11)
                "certainty", 0.95,
                "topics", 0.61, // 0.595 on 1.5.0, 0.637 since the topic vocabulary families (branch topics2)
                "actors", 0.88,
                "event", 0.55,
                "time", 0.90, // 0.885 before the time rules of issue #13, 0.921 since
                // figures raised 2026-12-07 10:15 (claims17: durations, counts after modifiers, spelled-out numbers)
                "figures", 0.98));
    }

    @Test
    void noBoilerplateOrNonClaimBecomesAClaim() {
        assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
    }
}
