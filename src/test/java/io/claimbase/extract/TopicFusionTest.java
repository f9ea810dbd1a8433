package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.tag.TopicReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topic model fused with the topic cues over a whole article, on a hand-written model and an article of our own. */
class TopicFusionTest {

    /**
     * In an article whose claims name gas often, a claim without a topic word is about gas, and a lone military word
     * is not enough for the military.
     */
    private static final String MODEL = """
            threshold\tdrop\t0.2
            threshold\tadd\t0.9
            threshold\tfill\t0.6
            bias\tenergy.gas\t-3
            bias\tmilitary\t-3
            art:energy.gas\tenergy.gas\t4
            cue:military\tmilitary\t5
            art:energy.gas\tmilitary\t-4.5
            """;

    private static final String ARTICLE = """
            Norway sold more gas to its neighbours this winter.

            The gas went north through new pipes.

            The winter stayed mild until March.

            A navy ship escorted one of the carriers.
            """;

    private static final DomainModel CUES_ONLY =
            SeedDomain.get().withEventModel(null).withKindModel(null).withTopicModel(null);
    private static final Cues CUES = Cues.fromDirectory(SeedDomain.folder());
    private static final Extractor WITHOUT = new Extractor(CUES_ONLY, CUES);
    private static final Extractor WITH = new Extractor(
            CUES_ONLY.withTopicModel(LinearModel.parse(
                    "toy.tsv",
                    MODEL.lines().toList(),
                    Set.copyOf(SeedDomain.get().topicIds()),
                    DomainModel.TOPIC_MODEL_THRESHOLDS)),
            CUES);

    private static List<List<String>> topics(Extractor extractor) {
        return extractor.extract(ArticleInput.of(ARTICLE)).claims().stream()
                .map(ExtractedClaim::topics)
                .toList();
    }

    /** Without the model, the claim with no topic word takes the article's subject (see ArticleSubject). */
    @Test
    void theCuesAloneTagTheSentencesWithATopicWordAndTheRestByTheArticlesSubject() {
        assertEquals(
                List.of(List.of("energy.gas"), List.of("energy.gas"), List.of("energy.gas"), List.of("military")),
                topics(WITHOUT));
    }

    @Test
    void theModelFillsAnUntaggedClaimWithTheArticlesSubjectAndDropsALoneCue() {
        assertEquals(
                List.of(List.of("energy.gas"), List.of("energy.gas"), List.of("energy.gas"), List.of()), topics(WITH));
    }

    @Test
    void theFeaturesCarryTheContext() {
        List<TopicReader.Evidence> evidence = WITHOUT.topicEvidence(ArticleInput.of(ARTICLE), e -> {});
        List<String> features = evidence.get(2).features();
        assertTrue(
                features.containsAll(List.of(
                        "w:mild",
                        "cue:none",
                        "prev:energy.gas",
                        "prev:energy",
                        "next:military",
                        "art:energy.gas",
                        "top:energy",
                        "ev:none")),
                features::toString);
        assertTrue(evidence.get(2).topics().isEmpty());
        assertTrue(
                evidence.get(3).features().contains("cue:military"),
                evidence.get(3).features()::toString);
    }

    @Test
    void fusionKeepsTheMostSpecificTopic() {
        TopicReader reader = new TopicReader(SeedDomain.get(), null);
        List<String> classes = List.of("energy", "energy.gas", "military");
        assertEquals(
                List.of("energy.gas"),
                reader.fuse(List.of("energy"), classes, new double[] {0.9, 0.95, 0.1}, 0.2, 0.9, 0.6));
        assertEquals(
                List.of("energy"),
                reader.fuse(List.of("energy.gas"), classes, new double[] {0.95, 0.1, 0.1}, 0.2, 0.9, 0.6));
        assertEquals(
                List.of("military"),
                reader.fuse(List.of("military"), classes, new double[] {0.5, 0.5, 0.3}, 0.2, 0.9, 0.6));
    }
}
