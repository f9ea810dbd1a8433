package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim-kind model fused with the kind cues, on a hand-written model and sentences of our own. */
class KindFusionTest {

    /** "destined" speaks for a prediction, "arguably" for an assessment. */
    private static final String MODEL = """
            threshold\tswitch\t0.6
            bias\tassessment\t-2
            bias\tfact\t-2
            bias\tprediction\t-2
            bias\tprescription\t-2
            w:destined\tprediction\t6
            w:arguably\tassessment\t6
            """;

    private static final ClaimClassifier CUES = new ClaimClassifier(TestDomain.cues());
    private static final ClaimClassifier FUSED = new ClaimClassifier(
            TestDomain.cues(),
            LinearModel.parse(
                    "toy.tsv",
                    MODEL.lines().toList(),
                    java.util.Set.of("assessment", "fact", "prediction", "prescription"),
                    DomainModel.KIND_MODEL_THRESHOLDS));

    private static ClaimKind kind(ClaimClassifier classifier, String sentence) {
        return classifier.kind(Tokens.of(sentence));
    }

    @Test
    void aConfidentModelReplacesTheCuesKind() {
        String sentence = "The alliance is destined to grow in 2030.";
        assertEquals(ClaimKind.FACT, kind(CUES, sentence));
        assertEquals(ClaimKind.PREDICTION, kind(FUSED, sentence));
    }

    @Test
    void anUnsureModelLeavesTheCuesKind() {
        String sentence = "The ministers signed the treaty in 2019.";
        assertEquals(kind(CUES, sentence), kind(FUSED, sentence));
    }

    @Test
    void theFeaturesCarryTheCuesReading() {
        List<String> features = CUES.kindEvidence(Tokens.of("Arguably, prices rose by 5 percent."))
                .features();
        assertTrue(features.containsAll(List.of("w:arguably", "rule:fact", "number-or-date")), features::toString);
    }
}
