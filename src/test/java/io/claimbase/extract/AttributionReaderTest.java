package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The learned attribution signal: its context features and its fusion with the rules, on sentences of our own. */
class AttributionReaderTest {

    /** A toy model: a sentence whose subject is "fishermen" is reported, one opening with "frankly" the author's. */
    private static final String MODEL = """
            threshold\tto-reported\t0.6
            threshold\tto-author\t0.6
            bias\tauthor\t2
            bias\treported\t-2
            subj:fishermen\tauthor\t-5
            subj:fishermen\treported\t5
            o:frankly\tauthor\t6
            o:frankly\treported\t-6
            o:they\tauthor\t-5
            o:they\treported\t5
            """;

    private static final DomainModel DOMAIN = SeedDomain.get().withAttributionModel(null);
    private static final Extractor RULES = new Extractor(DOMAIN, TestDomain.cues());
    private static final Extractor FUSED = new Extractor(
            DOMAIN.withAttributionModel(LinearModel.parse(
                    "toy.tsv",
                    MODEL.lines().toList(),
                    AttributionReader.CLASSES,
                    DomainModel.ATTRIBUTION_MODEL_THRESHOLDS)),
            TestDomain.cues());

    private static final AttributionReader READER =
            new AttributionReader(TestDomain.cues().attribution(), null);

    private static List<Attribution> attributions(Extractor extractor, String text) {
        return extractor.extract(ArticleInput.of(text)).claims().stream()
                .map(ExtractedClaim::attribution)
                .toList();
    }

    private static AttributionReader.Claim claim(
            String sentence, Attribution found, int paragraph, boolean quotedBefore, boolean afterQuestion) {
        return new AttributionReader.Claim(
                sentence, Tokens.of(sentence).words(), found, paragraph, quotedBefore, false, afterQuestion);
    }

    @Test
    void theFeaturesReadTheNeighboursTheQuotationAndTheSubject() {
        List<AttributionReader.Claim> claims = List.of(
                claim(
                        "The harbour master said the quay would reopen in spring.",
                        Attribution.reported("The harbour master"),
                        0,
                        false,
                        false),
                claim(
                        "Local fishermen describe the new breakwater as a wall against their trade.",
                        Attribution.AUTHOR,
                        0,
                        false,
                        false),
                claim("Nobody has yet counted the boats that stayed away.", Attribution.AUTHOR, 100, true, true));
        List<Attribution> rule =
                claims.stream().map(AttributionReader.Claim::found).toList();
        List<String> second = READER.features(claims, rule, 1);
        assertTrue(
                second.containsAll(List.of(
                        "rule:author",
                        "prev:reported",
                        "prev-para:reported",
                        "para-opened:reported",
                        "next-para:none",
                        "subj:fishermen",
                        "subj:reporting",
                        "o:local")),
                second::toString);
        List<String> third = READER.features(claims, rule, 2);
        assertTrue(
                third.containsAll(List.of("para-opens", "prev-para:none", "quote:inside", "after-question")),
                third::toString);
        assertTrue(READER.features(
                        List.of(claim("Reporter: the ferry never came back.", Attribution.AUTHOR, 0, false, false)),
                        List.of(Attribution.AUTHOR),
                        0)
                .containsAll(List.of("name-colon", "colon")));
    }

    @Test
    void aSureModelMakesTheAuthorsSentenceReportedWithTheNearestSource() {
        String text = "The harbour master said on Monday that the quay would reopen in spring.\n\n"
                + "They spent the winter mending nets on the old slipway.";
        assertEquals(Attribution.Type.AUTHOR, attributions(RULES, text).get(1).type());
        assertEquals(
                Attribution.reported("The harbour master"),
                attributions(FUSED, text).get(1));
    }

    @Test
    void aSubjectThatNamesSomeoneIsTheSource() {
        String text = "The harbour master said on Monday that the quay would reopen in spring.\n\n"
                + "Local fishermen describe the new breakwater in bitter terms.";
        assertEquals(Attribution.Type.AUTHOR, attributions(RULES, text).get(1).type());
        assertEquals(
                Attribution.reported("Local fishermen"),
                attributions(FUSED, text).get(1));
        Attribution alone =
                attributions(FUSED, text.substring(text.indexOf("Local"))).get(0);
        assertEquals(Attribution.reported("Local fishermen"), alone);
    }

    @Test
    void aSureModelGivesAReportedSentenceBackToTheAuthor() {
        String text = "Frankly, the port authority says the quay will never pay for itself.";
        assertEquals(Attribution.Type.REPORTED, attributions(RULES, text).get(0).type());
        assertEquals(Attribution.AUTHOR, attributions(FUSED, text).get(0));
    }

    @Test
    void theRulesStandUnlessTheModelIsSureAndASourceIsNear() {
        Map<String, Double> unsure = Map.of("author", 0.45, "reported", 0.55);
        Map<String, Double> sure = Map.of("author", 0.1, "reported", 0.9);
        assertEquals(Attribution.Type.AUTHOR, AttributionReader.fuse(Attribution.Type.AUTHOR, unsure, true, 0.6, 0.6));
        assertEquals(Attribution.Type.REPORTED, AttributionReader.fuse(Attribution.Type.AUTHOR, sure, true, 0.6, 0.6));
        assertEquals(Attribution.Type.AUTHOR, AttributionReader.fuse(Attribution.Type.AUTHOR, sure, false, 0.6, 0.6));
        assertEquals(Attribution.Type.REPORTED, AttributionReader.fuse(Attribution.Type.REPORTED, sure, true, 0.6, 1));
        assertEquals(
                Attribution.Type.AUTHOR,
                AttributionReader.fuse(
                        Attribution.Type.REPORTED, Map.of("author", 0.9, "reported", 0.1), false, 0.6, 0.6));
        assertTrue(Set.of("author", "reported").equals(AttributionReader.CLASSES));
    }
}
