package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Evidence;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped china-russia-alignment question on short texts; each expectation is what a reader of the sentences
 * would answer.
 */
class PositionAssessorTest {

    private static final PositionAssessor ASSESSOR =
            new PositionAssessor(QuestionLoader.load(Path.of("seeds/domain/questions.yaml")));

    private static ExtractedPosition only(Claims claims) {
        List<ExtractedPosition> positions = ASSESSOR.assess(claims.list());
        assertEquals(1, positions.size(), () -> "positions: " + positions);
        assertEquals("china-russia-alignment", positions.get(0).question());
        return positions.get(0);
    }

    private static Evidence evidenceOf(ExtractedPosition p, int ordinal) {
        return p.evidence().stream()
                .filter(e -> e.claimOrdinal() == ordinal)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence from claim " + ordinal + " in " + p.evidence()));
    }

    @Test
    void anArticleThatDoesNotAddressTheQuestionGetsNoPosition() {
        Claims usRussia = Claims.of(
                "The United States and Russia are expelling each other's diplomats by the hundreds.",
                "Moscow fears that the NATO alliance will admit Ukraine.",
                "China is North Korea's lifeline and takes 90 percent of its trade.",
                "Beijing and Moscow both voted for the sanctions.");
        assertTrue(
                ASSESSOR.assess(usRussia.list()).isEmpty(),
                "an alliance cue about the US and Russia, and China and Russia named without a cue, are not a position");
    }

    @Test
    void aThirdCountrysTiesWithRussiaAndChinaAreNoPositionOnTheirRelationship() {
        Claims pretoria = Claims.of(
                "The ANC has kept close ties with Russia and China and declined to condemn Russia’s invasion of Ukraine.",
                "South Africa may become a less predictable partner for Moscow and Beijing.",
                "India buys discounted oil from Russia and China and still calls Washington a strategic partner.",
                "Vietnam keeps a close strategic partnership with Moscow & Beijing alike.");
        assertTrue(
                ASSESSOR.assess(pretoria.list()).isEmpty(),
                "Russia and China named together as someone else's partners say nothing on their own relationship");
    }

    @Test
    void theirOwnTiesStillCountWhenNamedTogether() {
        ExtractedPosition p = only(
                Claims.of("Cooperation between Russia and China has grown into a close strategic " + "partnership."));
        assertEquals("strategic-partnership", p.label());
    }

    @Test
    void partnersOfConvenienceNotAlliesAreALimitedPartnership() {
        ExtractedPosition p = only(
                Claims.of("That reading is wrong: China and Russia are partners of convenience, " + "not allies."));
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void aPseudoAllianceIsALimitedPartnershipNotAnAlliance() {
        ExtractedPosition p = only(Claims.of(
                "Xi Jinping and Vladimir Putin were all smiles at the summit, but relations between the two countries "
                        + "have stalled and tensions are rising.",
                "Yet the gestures of goodwill cannot camouflage the underlying tensions in this presidential "
                        + "pseudo-alliance.",
                "Mutual irritation and barely hidden mistrust bode ill for China-Russia relations."));
        assertEquals("limited-partnership", p.label());
        assertEquals(1.0, p.score());
        assertEquals(Trend.WEAKENING, p.trend());
        Evidence pseudo = evidenceOf(p, 1);
        assertEquals("pseudo-alliance", pseudo.cue(), "the claim refers back to the pair named just before");
        assertEquals("limited-partnership", pseudo.pointsTo());
        assertTrue(pseudo.supports());
    }

    @Test
    void aNegatedAllianceCountsAgainstAllianceAndForTheLabelBelow() {
        ExtractedPosition p = only(Claims.of(
                "China and Russia are not about to form an alliance, but neither are they likely to drift apart."));
        assertEquals("strategic-partnership", p.label());
        assertEquals(2.0, p.score());
        Evidence e = evidenceOf(p, 0);
        assertEquals("not about to form an alliance", e.cue().split("; ")[0]);
        assertEquals("strategic-partnership", e.pointsTo());
        assertTrue(e.supports());
        assertEquals(Trend.STABLE, p.trend(), "'neither ... likely to drift apart' is a negated weakening: stable");
    }

    @Test
    void aNegationOnlyAsAgainstWeighsLessThanAnAssertion() {
        ExtractedPosition negatedOnly = only(Claims.of("China and Russia are unlikely to form an alliance."));
        ExtractedPosition asserted = only(Claims.of(
                "China and Russia are unlikely to form an alliance.",
                "China and Russia have formed a close partnership that is likely to prove resilient."));
        assertEquals("strategic-partnership", negatedOnly.label());
        assertEquals("strategic-partnership", asserted.label());
        assertTrue(
                negatedOnly.confidence() < asserted.confidence(),
                negatedOnly.confidence() + " should be below " + asserted.confidence());
    }

    @Test
    void lackingTheHallmarksOfATreatyAllianceIsNotAnAlliance() {
        ExtractedPosition p = only(Claims.of(
                "What we are witnessing between Russia and China is deepening and substantive cooperation across "
                        + "political, military, and economic realms, even if it lacks the hallmarks of a traditional "
                        + "treaty alliance."));
        assertEquals("strategic-partnership", p.label());
        assertEquals(Trend.STRENGTHENING, p.trend());
        assertTrue(
                evidenceOf(p, 0).cue().contains("lacks the hallmarks of a traditional treaty alliance"),
                evidenceOf(p, 0).cue());
    }

    @Test
    void aDeniedJuniorPartnerRoleDoesNotMakeALimitedPartnership() {
        ExtractedPosition p = only(Claims.of(
                "Russia's growing closeness with China is not equivalent to Moscow becoming Beijing's junior partner.",
                "Moscow has traditionally been closely aligned with Beijing on issues of internet governance."));
        assertNotEquals("limited-partnership", p.label());
        assertEquals("quasi-alliance", p.label());
        assertEquals(Trend.STRENGTHENING, p.trend());
        assertTrue(evidenceOf(p, 0).supports(), "rejecting junior partner agrees with quasi-alliance");
    }

    @Test
    void reportedSpeechIsKeptAsEvidenceButDoesNotDecideTheLabel() {
        ExtractedPosition p = only(new Claims()
                .reported(
                        "Dmitry Peskov",
                        "China's involvement speaks to the expansion of interaction of the two "
                                + "allies, Russia and China, in all the spheres.")
                .author("Russia and China's relationship is a strategic partnership, and looser than an alliance."));
        assertEquals("strategic-partnership", p.label());
        Evidence quoted = evidenceOf(p, 0);
        assertEquals(0.0, quoted.weight(), "a reported view does not count for the author");
        assertEquals("alliance", quoted.pointsTo());
        assertFalse(quoted.supports());
        assertTrue(p.rationale().contains("reported view"), p.rationale());
    }

    @Test
    void anArticleThatOnlyReportsOthersIsUndetermined() {
        ExtractedPosition p = only(new Claims()
                .reported(
                        "China's ambassador Li Hui",
                        "China-Russia relations are at their best in history and the "
                                + "two countries are close partners.")
                .author("Many Western experts dismiss Russia and China's relationship as a marriage of convenience."));
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        assertNull(p.score());
        assertEquals(2, p.evidence().size(), "both the quote and the framed view are kept");
        assertTrue(p.rationale().startsWith("The article discusses the relationship"), p.rationale());
    }

    @Test
    void aQuestionWithoutAnAnswerIsUndetermined() {
        ExtractedPosition p = only(Claims.of(
                "Is the China-Russia relationship an alliance or a marriage of convenience?",
                "Both views have their defenders."));
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        assertNull(p.score());
        assertFalse(p.evidence().isEmpty());
    }

    @Test
    void aQuestionThatPresupposesItsCueStillCounts() {
        ExtractedPosition p = only(
                Claims.of("But does Biden actually seek to drive a wedge into the Moscow-Beijing quasi-alliance?"));
        assertEquals("quasi-alliance", p.label());
    }

    @Test
    void othersViewsTheAuthorRejectsDoNotDecide() {
        ExtractedPosition p = only(Claims.of(
                "Many Western experts are quick to discount Russia and China's relationship as limited and tactical, "
                        + "a marriage of convenience at best.",
                "Yet Russia and China's growing cooperation in political, economic, and military affairs is "
                        + "bringing the two countries closer together."));
        assertEquals("strategic-partnership", p.label());
        assertEquals(Trend.STRENGTHENING, p.trend());
        assertEquals(0.0, evidenceOf(p, 0).weight());
    }

    @Test
    void aDeFactoAllianceIsAQuasiAlliance() {
        ExtractedPosition p = only(Claims.of(
                "China and Russia now form a de facto alliance against the West, an entente in all but treaty."));
        assertEquals("quasi-alliance", p.label());
        assertEquals(3.0, p.score());
    }

    @Test
    void anAxisOfConvenienceIsALimitedPartnership() {
        ExtractedPosition p = only(Claims.of(
                "The China-Russia axis of convenience is hollow, and Moscow resents its role as junior partner."));
        assertEquals("limited-partnership", p.label());
        assertTrue(p.confidence() > 0.7, "three concordant cues: " + p.confidence());
    }

    @Test
    void aFormalAllianceIsAnAlliance() {
        ExtractedPosition p = only(Claims.of(
                "With the new mutual defence treaty, Russia and China have become a formal military alliance."));
        assertEquals("alliance", p.label());
        assertEquals(4.0, p.score());
    }

    @Test
    void trendFollowsTheDirectionWordsTheAuthorUses() {
        ExtractedPosition up = only(Claims.of(
                "China and Russia are close partners.",
                "Their cooperation keeps deepening and the two countries grow closer together every year."));
        ExtractedPosition down = only(Claims.of(
                "China and Russia are close partners, but their partnership is on a path of deterioration.",
                "Cross-border ties between Moscow and Beijing have stagnated."));
        ExtractedPosition none = only(Claims.of("China and Russia are close partners."));
        assertEquals(Trend.STRENGTHENING, up.trend());
        assertEquals(Trend.WEAKENING, down.trend());
        assertNull(none.trend(), "no direction word: trend unknown, not a guess");
    }

    @Test
    void hedgedClaimsCountLess() {
        ExtractedPosition hedged = only(new Claims().hedged("China and Russia may be forming a quasi-alliance."));
        ExtractedPosition asserted = only(Claims.of("China and Russia are forming a quasi-alliance."));
        assertEquals("quasi-alliance", hedged.label());
        assertTrue(hedged.confidence() < asserted.confidence());
        assertEquals(
                asserted.evidence().get(0).weight() * 0.6,
                hedged.evidence().get(0).weight(),
                1e-9);
    }

    @Test
    void taggedActorsCountWhenTheTextUsesNoAlias() {
        ExtractedPosition p = only(new Claims()
                .tagged("The two leaders' entente is an alliance in all but name.", "xi-jinping", "vladimir-putin"));
        assertEquals("quasi-alliance", p.label());
    }

    @Test
    void theRationaleIsOneSentenceQuotingTheEvidence() {
        ExtractedPosition p = only(Claims.of(
                "China and Russia are not about to form an alliance.",
                "Their strategic partnership has grown stronger in recent years."));
        assertEquals(
                "The author calls the relationship strategic-partnership (\"strategic partnership\"), rejects "
                        + "alliance (\"not about to form an alliance\") and sees it strengthening (\"grown stronger\").",
                p.rationale());
    }

    @Test
    void aCueInAHypotheticalIsKeptButDoesNotCount() {
        ExtractedPosition p = only(Claims.of(
                "Rather than trying to sow rivalry between Moscow and Beijing, Washington seeks calm with Russia.",
                "China and Russia are close partners."));
        assertEquals("strategic-partnership", p.label());
        assertEquals(0.0, evidenceOf(p, 0).weight(), "the rivalry is the one Washington would try to sow");
    }

    @Test
    void aClaimWithoutActorsContinuesThePairNamedJustBefore() {
        ExtractedPosition p = only(Claims.of(
                "Putin left Beijing without the gas contract he wanted from Xi.",
                "A partnership in which one side keeps raising the price is not deepening; it is thinning out."));
        assertEquals(Trend.WEAKENING, p.trend());
        assertEquals(1, p.evidence().size());
        assertTrue(
                ASSESSOR.assess(Claims.of(
                                        "The weather in Geneva was fine.",
                                        "A partnership in which one side keeps raising the price is thinning out.")
                                .list())
                        .isEmpty(),
                "without a claim naming the pair before it, the claim is about nobody");
    }

    @Test
    void aOneWordCueInsideAProperNameIsIgnored() {
        assertTrue(ASSESSOR.assess(
                        Claims.of("Putin placed Xi's Belt and Road next to Russia's Greater Eurasian Partnership.")
                                .list())
                .isEmpty());
    }

    @Test
    void theSameArticleWithNoQuestionCueButTrendWordsIsSilent() {
        assertTrue(
                ASSESSOR.assess(Claims.of("Relations between China and Russia have stalled.")
                                .list())
                        .isEmpty(),
                "trend words alone do not address the question's scale");
    }
}
