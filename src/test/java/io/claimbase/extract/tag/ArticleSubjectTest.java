package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.TestDomain;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import io.claimbase.extract.position.TrendPrior;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's subject for claims without a topic of their own, on claims and articles written for these tests. */
class ArticleSubjectTest {

    @Test
    void theTopicMostClaimsCarryIsTheSubject() {
        List<List<String>> topics = List.of(
                List.of("energy.gas", "trade"), List.of(), List.of("energy.gas"), List.of("finance"), List.of());
        assertEquals("energy.gas", ArticleSubject.of(topics));
        assertEquals(
                List.of(
                        List.of("energy.gas", "trade"),
                        List.of("energy.gas"),
                        List.of("energy.gas"),
                        List.of("finance"),
                        List.of("energy.gas")),
                ArticleSubject.fill(topics));
    }

    @Test
    void aTieGoesToTheTopicNamedFirst() {
        assertEquals("arctic", ArticleSubject.of(List.of(List.of("arctic"), List.of("politics"), List.of())));
    }

    @Test
    void noTopicCarriedByAFifthOfTheClaimsIsNoSubject() {
        List<List<String>> topics =
                List.of(List.of("trade"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertNull(ArticleSubject.of(topics));
        assertEquals(topics, ArticleSubject.fill(topics));
        assertNull(ArticleSubject.of(List.of()));
    }

    @Test
    void withoutTheTopicModelATopiclessClaimTakesTheSubject() {
        DomainModel rulesAlone = DomainModel.load(TestDomain.DIR)
                .withEventModel(null)
                .withKindModel(null)
                .withTopicModel(null)
                .withAttributionModel(null);
        Extractor extractor = new Extractor(
                rulesAlone,
                TestDomain.cues(),
                new PositionAssessor(QuestionLoader.loadFolder(TestDomain.DIR), TrendPrior.load(TestDomain.DIR)));
        Extraction e = extractor.extract(ArticleInput.of("""
                Greenland's new mining law opens three Arctic licences to foreign bidders this spring.

                The icebreaker season on the west coast has grown by three weeks since 2015.

                Few in Nuuk expected the change to come so quickly.
                """));
        ExtractedClaim aside = e.claims().stream()
                .filter(c -> c.text().startsWith("Few in Nuuk"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("arctic"), aside.topics());
    }
}
