package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structural reading of stance on sentences written for these tests: direction versus state, whose voice it
 * is, the title as the author's framing, and the vocabulary real authors use for each label.
 */
class StanceStructureTest {

    private static final PositionAssessor ASSESSOR = ShippedAssessor.ASSESSOR;

    private static ExtractedPosition only(String title, String... sentences) {
        return ShippedAssessor.only(title, Claims.of(sentences).list());
    }

    private static ExtractedPosition only(String title, List<io.claimbase.extract.ExtractedClaim> claims) {
        return ShippedAssessor.only(title, claims);
    }

    private static boolean silent(String title, String... sentences) {
        return ASSESSOR.assess(title, Claims.of(sentences).list()).isEmpty();
    }

    // --- direction is not state ------------------------------------------------------------------------------------

    @Test
    void movingTowardAnAllianceIsOneStepShortOfItAndStrengthening() {
        for (String sentence : List.of(
                "Beijing and Moscow are drifting toward a military alliance.",
                "Russia and China are on the road to a full alliance, though neither will say so.",
                "China and Russia keep edging closer to a formal pact.")) {
            ExtractedPosition p = only(null, sentence);
            assertEquals("quasi-alliance", p.label(), sentence);
            assertEquals(Trend.STRENGTHENING, p.trend(), sentence);
        }
    }

    @Test
    void movingTowardTheLowEndIsWeakening() {
        ExtractedPosition p = only(null, "Russia and China are heading for open rivalry between them in Central Asia.");
        assertEquals("limited-partnership", p.label());
        assertEquals(Trend.WEAKENING, p.trend());
    }

    @Test
    void aStateReachedKeepsItsLabelAndSaysWhichWayItMoved() {
        ExtractedPosition p = only(null, "Over a decade, Moscow and Beijing have become a de facto alliance.");
        assertEquals("quasi-alliance", p.label());
        assertEquals(Trend.STRENGTHENING, p.trend());
    }

    @Test
    void aNegatedDirectionIsNoMovement() {
        ExtractedPosition p =
                only(null, "Russia and China are not on the road to an alliance.", "The two remain close partners.");
        assertEquals("strategic-partnership", p.label());
    }

    // --- which way it moves ----------------------------------------------------------------------------------------

    @Test
    void growingRivalryOrDistanceIsWeakening() {
        for (String sentence : List.of(
                "Moscow and Beijing are competitors, and the competition is sharpening along the Caspian shore.",
                "Russia and China are rivals in Mongolia, and the gap between them is widening.",
                "Beijing and Moscow remain competitors, with deepening mistrust over arms sales to Hanoi.")) {
            ExtractedPosition p = only(null, sentence);
            assertEquals(Trend.WEAKENING, p.trend(), sentence);
        }
    }

    @Test
    void growthSaidOfTheTiesItselfStaysStrengthening() {
        ExtractedPosition p = only(
                null,
                "China and Russia are strategic partners despite old suspicions, and their cooperation is deepening.");
        assertEquals(Trend.STRENGTHENING, p.trend());
    }

    @Test
    void aPronounRightAfterAClaimOnTheRelationshipGoesOnAboutIt() {
        ExtractedPosition p = only(
                null,
                "Russia and China have built a strategic partnership with clear limits.",
                "Its reach is wide in energy and diplomacy.",
                "Few expect a treaty.",
                "It is neither growing much closer nor coming apart; it has changed little in five years.");
        assertEquals(Trend.STABLE, p.trend());
    }

    @Test
    void aHeadlineMarkerDoesNotReachIntoItsNextSentence() {
        ExtractedPosition p = only(
                "Europe's east has become a fortress. The allies must now pay for it",
                "Moscow and Beijing are partners of convenience, not allies, and the summit changed little between them.");
        assertEquals(Trend.STABLE, p.trend());
    }

    @Test
    void aPledgeToDeepenTiesIsTheLeadersWordNotTheAuthors() {
        ExtractedPosition p = only(
                null,
                "Putin and Xi signed a communiqué pledging to deepen strategic trust.",
                "In substance, Russia and China remain a partnership of necessity rather than of equals.");
        assertEquals(null, p.trend());
    }

    // --- whose view it is ------------------------------------------------------------------------------------------

    @Test
    void aTermInQuotationMarksIsTheirWordNotTheAuthorsLabel() {
        ExtractedPosition p = only(
                null,
                "In 2019 the two presidents announced an “ironclad alliance” at a lakeside summit.",
                "Russia and China remain a strategic partnership with clear limits.");
        assertEquals("strategic-partnership", p.label());
    }

    @Test
    void anAllianceThatWillNotSayItsNameIsAQuasiAlliance() {
        for (String sentence : List.of(
                "In practice Moscow and Beijing now act as an alliance that simply declines to say its name.",
                "Russia and China are an alliance that dare not speak its name.",
                "Beijing and Moscow ended the year as something close to allies without the ceremony.")) {
            assertEquals("quasi-alliance", only(null, sentence).label(), sentence);
        }
    }

    @Test
    void theGovernmentsOwnNameForTheTieIsTheirsNotTheAuthors() {
        ExtractedPosition p = only(
                null,
                "The official formula for the ties between Russia and China is a comprehensive strategic partnership.",
                "In practice the two behave as allies in all but name.");
        assertEquals("quasi-alliance", p.label());
        assertEquals(0.0, p.evidence().get(0).weight(), "the formula is the two governments' view");
    }

    @Test
    void viewsOthersLikeToHoldAreNotTheAuthors() {
        ExtractedPosition p = only(
                null,
                "Western capitals like to call the China–Russia relationship a partnership of convenience.",
                "In truth Moscow and Beijing have built a strategic partnership that reaches into every field.");
        assertEquals("strategic-partnership", p.label());
        assertEquals(0.0, p.evidence().get(0).weight(), "the convenience label is the capitals' view");
        ExtractedPosition told = only(
                null,
                "Russia and China, we were told, were merely partners of convenience.",
                "The two now form a de facto alliance.");
        assertEquals("quasi-alliance", told.label());
    }

    @Test
    void anArticleOfReportedViewsOnlyIsUndetermined() {
        List<ExtractedPosition> positions = ASSESSOR.assess(
                "Xi and Putin meet in Beijing",
                new Claims()
                        .reported(
                                "A Kremlin spokesman", "Russia and China are not forming a military alliance, he said.")
                        .reported("Analysts in Washington", "Moscow and Beijing are building an axis, analysts warned.")
                        .list());
        assertEquals(1, positions.size());
        assertEquals(PositionAssessor.UNDETERMINED, positions.get(0).label());
    }

    // --- the title is the author's framing -------------------------------------------------------------------------

    @Test
    void aTitleThatNamesTheRelationshipCounts() {
        ExtractedPosition p = only(
                "Moscow and Beijing: friends of necessity",
                "Russia and China signed eleven agreements in Beijing on Tuesday.");
        assertEquals("limited-partnership", p.label());
        assertTrue(p.rationale().contains("title"), p.rationale());
        assertTrue(p.evidence().stream().allMatch(e -> e.claimOrdinal() >= 0), "evidence is claims only");
    }

    @Test
    void aTitleWithoutTheActorsCountsOnlyWhenTheArticleAddressesTheQuestion() {
        ExtractedPosition p = only(
                "Allies in All but Name",
                "Russia and China are close partners.",
                "Their navies drill together every summer.");
        assertEquals("quasi-alliance", p.label(), "the headline's label outweighs a bare 'close partners'");
        assertTrue(silent("Allies in All but Name", "Spain and Portugal signed a water treaty."));
    }

    @Test
    void aHeadlineThatReportsWhatLeadersSayIsTheirView() {
        ExtractedPosition p = only(
                "Xi and Putin vow an ever closer partnership as Kremlin denies any alliance",
                "In truth Russia and China are partners of convenience.");
        assertEquals("limited-partnership", p.label());
        assertTrue(!p.rationale().contains("title"), p.rationale());
        assertEquals(
                PositionAssessor.UNDETERMINED,
                only(
                                "Xi and Putin vow an ever closer partnership",
                                new Claims()
                                        .reported("an analyst", "Russia and China are close partners, an analyst said.")
                                        .list())
                        .label());
    }

    @Test
    void aTitleThatOnlyAsksCommitsToNothing() {
        assertTrue(silent("Is There a China–Russia Alliance?", "Russia and China held talks on trade."));
        ExtractedPosition p = only("Is There a China–Russia Alliance?", "Russia and China are close partners.");
        assertEquals("strategic-partnership", p.label(), "the asked label counts for nothing");
    }

    // --- vocabulary and limits -------------------------------------------------------------------------------------

    @Test
    void theWordsAuthorsUseForEachLabel() {
        assertEquals(
                "quasi-alliance",
                only(null, "Russia and China have formed an entente.").label());
        assertEquals(
                "quasi-alliance",
                only(null, "Moscow and Beijing are in a tacit alliance.").label());
        assertEquals(
                "limited-partnership",
                only(null, "Russia and China are frenemies.").label());
        assertEquals(
                "limited-partnership",
                only(null, "Russia and China share a tie born of necessity, and mutual suspicion runs deep.")
                        .label());
        assertEquals(
                "rivalry", only(null, "Russia and China are rivals in reality.").label());
        assertEquals(
                "strategic-partnership",
                only(
                                null,
                                "China and Russia call their ties a non-alliance, and they stop well short of a defence pact.")
                        .label());
    }

    @Test
    void aBareWeakCueAboutSomethingElseAddressesNothing() {
        assertTrue(silent(
                null, "Squeezed between Russia and China, Kazakhstan has been courting partners further afield."));
    }

    @Test
    void stableAndWeakeningWordsGiveTheTrend() {
        assertEquals(
                Trend.STABLE,
                only(null, "The China–Russia strategic partnership has plateaued.")
                        .trend());
        assertEquals(
                Trend.WEAKENING,
                only(null, "The strategic partnership between Russia and China is fraying at the edges.")
                        .trend());
    }

    @Test
    void anExplicitReferenceContinuesThePairFurtherThanABareClaim() {
        ExtractedPosition p = only(
                null,
                "Russia and China signed a gas deal.",
                "Prices were not disclosed.",
                "Deliveries start in 2027.",
                "The pipeline crosses Mongolia.",
                "The relationship is a marriage of convenience.");
        assertEquals("limited-partnership", p.label());
    }

    // --- added with extractor 1.3.0 -------------------------------------------------------------------------------

    @Test
    void anAllianceNamedWithTheFormalMarksItLacksIsAQuasiAlliance() {
        for (String sentence : List.of(
                "Russia and China now run an alliance without a written treaty.",
                "What Moscow and Beijing have built is an alliance with none of the paperwork.",
                "China and Russia act as allies in practice, whatever their diplomats say.",
                "Beijing and Moscow have an unwritten alliance that outlasts every summit.")) {
            assertEquals("quasi-alliance", only(null, sentence).label(), sentence);
        }
        assertEquals(
                "quasi-alliance",
                only("Russia and China: The Alliance No One Signed", "Russia and China drilled together again.")
                        .label());
    }

    @Test
    void thePairAsTheSubjectOfABareRivalryNounIsRivalry() {
        assertEquals(
                "rivalry",
                only(null, "Whatever the banquets suggest, Russia and China are rivals.")
                        .label());
        assertEquals(
                "rivalry",
                only("Moscow and Beijing Remain Competitors", "Russia and China compete for Central Asian markets.")
                        .label());
    }

    @Test
    void stillLessAndLetAloneDenyWhatFollows() {
        ExtractedPosition p = only(null, "China and Russia are wary neighbours, not partners, let alone allies.");
        assertTrue(
                p.evidence().stream().allMatch(e -> !e.pointsTo().equals("alliance")),
                () -> "evidence: " + p.evidence());
    }

    @Test
    void twoClaimsInARowThatEachNameOneOfThePairSpeakOfThePair() {
        ExtractedPosition p = only(
                null,
                "Xi Jinping spoke of friendship at the banquet.",
                "Putin, in turn, thanked his host for the welcome.",
                "Stripped of the ceremony, it is a partnership of necessity.");
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void aCueAfterTheInAClaimThatNamesSomeoneElseIsNotAboutThePair() {
        Claims claims = new Claims()
                .tagged("Russia and China flew bombers near Alaska last summer.", "russia", "china")
                .tagged("With Finland inside NATO, every Nordic state now belongs to the alliance.", "nato");
        assertTrue(ASSESSOR.assess(null, claims.list()).isEmpty());
        Claims own = new Claims()
                .tagged("Russia and China held talks on Korea in Vladivostok.", "russia", "china")
                .tagged(
                        "Since Kim stepped up his missile tests, the relationship with Beijing has soured.",
                        "north-korea",
                        "china");
        assertTrue(ASSESSOR.assess(null, own.list()).isEmpty());
    }

    @Test
    void changeWordsOfEveryKindGiveTheTrend() {
        assertEquals(
                Trend.STRENGTHENING,
                only(null, "The strategic partnership between Russia and China keeps tightening.")
                        .trend());
        assertEquals(
                Trend.WEAKENING,
                only(null, "The Russia–China strategic partnership is losing steam and its promise is wearing thin.")
                        .trend());
        assertEquals(
                Trend.STABLE,
                only(null, "The strategic partnership of China and Russia has reached a plateau.")
                        .trend());
        assertEquals(
                Trend.STRENGTHENING,
                only(null, "The China–Russia strategic partnership is consolidating, not eroding.")
                        .trend());
    }

    @Test
    void aCueAfterSomeoneElsesNameIsTheirs() {
        assertTrue(silent(
                null,
                "NATO allies should stop treating every deal that Turkey makes with Moscow or Beijing as a betrayal."));
        assertTrue(silent(null, "For Russia and China, the Western alliance looks more united than it has in years."));
        assertEquals(
                "alliance",
                only(null, "Russia and China have in effect become a military alliance.")
                        .label());
    }

    @Test
    void theAllianceAfterAClaimAboutSomeoneElseIsThatOnes() {
        Claims claims = new Claims()
                .tagged("Russia and China sent patrol boats into the Baltic in July.", "russia", "china")
                .tagged("NATO answered with a larger exercise of its own.", "nato")
                .author("The alliance should keep ships in the Baltic all year.");
        assertTrue(ASSESSOR.assess(null, claims.list()).isEmpty());
    }

    // --- trend phrases in other forms and with words between (branch stance-furniture) -----------------------------

    @Test
    void aTrendPhraseTakesOtherFormsAndAShortPhraseBetweenItsWords() {
        assertEquals(
                Trend.WEAKENING,
                only(null, "Russia and China are rivals in the Caspian, and they are drifting still further apart.")
                        .trend());
        assertEquals(
                Trend.STRENGTHENING,
                only(null, "Sanctions have drawn Beijing and Moscow much closer into a strategic partnership.")
                        .trend());
        assertEquals(
                Trend.STRENGTHENING,
                only("Moscow and Beijing Closed Ranks", "China and Russia have a strategic partnership in all fields.")
                        .trend());
    }

    @Test
    void aChangeSaidNotToHappenIsStable() {
        assertEquals(
                Trend.STABLE,
                only(
                                null,
                                "Russia and China remain partners of convenience.",
                                "Nothing in the new energy accords changes that.")
                        .trend());
        assertEquals(
                Trend.STABLE,
                only(
                                null,
                                "China and Russia have a strategic partnership with firm ceilings.",
                                "Little in the last two years has changed it.")
                        .trend());
        assertEquals(
                Trend.STABLE,
                only(null, "Moscow and Beijing are a bond of convenience, and the summit left the bond where it was.")
                        .trend());
    }

    @Test
    void aClaimThatOnlySaysWhichWayThingsMoveGoesOnAboutTheClaimBefore() {
        ExtractedPosition p = only(
                null,
                "Beijing and Moscow have a strategic partnership that covers energy and arms.",
                "Ten rounds of talks later, little has changed.");
        assertEquals(Trend.STABLE, p.trend());
        // after a claim about someone else alone, it goes on about that one
        Claims claims = new Claims()
                .author("Beijing and Moscow have a strategic partnership that covers energy and arms.")
                .tagged("Ankara sells drones to Kyiv.", "turkey", "ukraine")
                .author("Little has changed.");
        assertEquals(null, only(null, claims.list()).trend());
    }

    @Test
    void theNounsOfConvenienceAreALimitedPartnership() {
        for (String sentence : List.of(
                "Moscow and Beijing keep up a friendship of convenience.",
                "Russia and China are bound by ties of convenience and little else.",
                "China and Russia have formed a union of convenience against Washington.")) {
            assertEquals("limited-partnership", only(null, sentence).label(), sentence);
        }
    }

    @Test
    void aLabelNamingASchoolOfThoughtIsTheSchoolNotTheRelationship() {
        ExtractedPosition p = only(
                null,
                "Russia and China divide Western analysts into two camps.",
                "The alliance camp is loudest in Washington.",
                "The convenience school answers from the gas market.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        assertEquals(0.0, p.evidence().get(0).weight(), "the alliance camp's label, not the author's");
    }

    @Test
    void anAuthorWhoSaysItTakesNoSideIsUndetermined() {
        ExtractedPosition p = only(
                null,
                "Some see Russia and China as a de facto alliance; others see a marriage of convenience.",
                "On balance they are partners of convenience for now.",
                "This primer does not pick a winner.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        // said of someone else, it is no abstention
        ExtractedPosition q = only(
                null,
                "Russia and China are partners of convenience for now.",
                "India has long refused to take sides between them.");
        assertEquals("limited-partnership", q.label());
    }

    @Test
    void anAbstentionInALaterClauseOrLeftToReadersIsUndetermined() {
        ExtractedPosition p = only(
                null,
                "Russia and China are partners of convenience for now.",
                "In this issue we set out two cases, and we leave the verdict to our readers.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        ExtractedPosition q = only(
                null,
                "Russia and China are partners of convenience for now.",
                "Whether the bond will outlast the war is for readers to decide.");
        assertEquals(PositionAssessor.UNDETERMINED, q.label());
        // a government leaving something to its voters is no abstention of the author's
        ExtractedPosition r = only(
                null,
                "Russia and China are partners of convenience for now.",
                "Kazakhstan says, in effect, that the choice of a partner is up to its voters.");
        assertEquals("limited-partnership", r.label());
    }

    @Test
    void aClosingLineThatLeavesTheReadingsSideBySideIsAnAbstention() {
        ExtractedPosition p = only(
                null,
                "Russia and China are partners of convenience for now.",
                "Others see an alliance under construction.",
                "The evidence can be read both ways.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        // followed by the author's own weighing, it is no abstention
        ExtractedPosition q = only(
                null,
                "Russia and China are partners of convenience for now.",
                "The evidence can be read both ways, but the weight of it points to convenience.");
        assertEquals("limited-partnership", q.label());
        // early in a long article it only opens the weighing
        ExtractedPosition r = only(
                null,
                "The evidence can be read both ways.",
                "Russia and China are partners of convenience for now.",
                "Their trade runs on discounted crude.",
                "Their armies rarely train together.",
                "Their banks keep their distance.");
        assertEquals("limited-partnership", r.label());
    }

    @Test
    void aNegationReachesPastAnAsideBetweenCommas() {
        ExtractedPosition p = only(null, "Russia and China work closely together.", "It is not, however, an alliance.");
        assertTrue(!"alliance".equals(p.label()), "not, however, an alliance: " + p.label());
        ExtractedPosition q = only(null, "Russia and China are, in fact, allies.");
        assertEquals("alliance", q.label(), "an aside with no negation leaves the label alone");
        // a clause break that is no aside still stops the negation
        ExtractedPosition r = only(null, "Russia and China are not friends, nor rivals, but allies.");
        assertEquals("alliance", r.label());
    }

    @Test
    void aNegatedReadinessReachesTheLabelInItsToClause() {
        ExtractedPosition p = only(
                null,
                "Russia and China trade, talk and train together.",
                "Yet neither capital is willing to take on the duties of a military alliance.");
        assertTrue(!"alliance".equals(p.label()), "not willing to take on ... a military alliance: " + p.label());
        // readiness asserted, the label stands
        ExtractedPosition q = only(
                null,
                "Russia and China trade, talk and train together.",
                "Both capitals are now ready to take on the duties of a military alliance.");
        assertEquals("alliance", q.label());
    }

    @Test
    void theClaimAFactCheckExaminesIsNotTheAuthors() {
        ExtractedPosition p = only(
                null,
                "Myth: Russia and China are a full military alliance.",
                "Reality: Russia and China are a pairing of convenience that neither fully trusts.");
        assertEquals("limited-partnership", p.label());
        // a label after a colon that opens no examined claim is the author's
        ExtractedPosition q = only(null, "Our reading: Russia and China are a full military alliance.");
        assertEquals("alliance", q.label());
    }

    @Test
    void aPragmaticArrangementIsALimitedPartnership() {
        ExtractedPosition p =
                only(null, "Russia and China are best seen as a pragmatic arrangement between two wary neighbours.");
        assertEquals("limited-partnership", p.label());
    }
}
