package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose voice a label is in, and which claims speak of the pair, on sentences written for these tests: others' talk of
 * a label named in a noun phrase, a framing verb used as a noun, a view's name ("the entente view"), a reviewer who
 * adopts the book's thesis, an author who leaves the verdict to the reader, a claim that labels "it" or "what has
 * emerged" without naming the pair, and the vocabulary of competition.
 */
class StanceVoiceTest {

    private static final PositionAssessor ASSESSOR = ShippedAssessor.ASSESSOR;

    private static ExtractedPosition only(List<io.claimbase.extract.ExtractedClaim> claims) {
        return ShippedAssessor.only(null, claims);
    }

    private static ExtractedPosition only(String... sentences) {
        return only(Claims.of(sentences).list());
    }

    // --- others' talk named in a noun phrase -----------------------------------------------------------------------

    @Test
    void aLabelInOthersTalkIsNotTheAuthors() {
        ExtractedPosition p = only(
                "Moscow and Beijing trade a great deal and vote together at the UN.",
                "It is a marriage of convenience, and the loose talk of a grand axis in some capitals misreads it.");
        assertEquals("limited-partnership", p.label());
        for (String sentence : List.of(
                "The fashionable idea of a Sino-Russian military bloc does not survive a look at the trade figures.",
                "Warnings of a new axis between Beijing and Moscow have become a staple of conference panels.",
                "Anyone tempted to call China and Russia allies should read the gas contracts first.")) {
            ExtractedPosition q = ASSESSOR.assess(null, Claims.of(sentence).list()).stream()
                    .findFirst()
                    .orElse(null);
            assertTrue(q == null || PositionAssessor.UNDETERMINED.equals(q.label()), sentence + ": " + q);
        }
    }

    @Test
    void aFramingVerbUsedAsANounFramesNothing() {
        // "pledge" names what the relationship lacks here, not a government's vow
        ExtractedPosition p = only(
                "China and Russia have built a strategic partnership that stops short of a pledge to defend each other.");
        assertEquals("strategic-partnership", p.label());
        // the verb still frames: what the two governments pledged is their view
        ExtractedPosition q = only("Beijing and Moscow pledged a strategic partnership without limits.");
        assertEquals(PositionAssessor.UNDETERMINED, q.label());
    }

    @Test
    void aViewsNameIsNotTheAuthorsLabel() {
        ExtractedPosition p = only(
                "Russia and China have been described in three ways this year.",
                "The axis view stresses their joint drills.",
                "The entente thesis points to their votes at the UN.",
                "The two remain rivals at heart, and they know it.");
        assertEquals("rivalry", p.label());
        ExtractedPosition q = only(
                "Russia and China keep a wary distance from each other's quarrels.",
                "Their ties are a marriage of convenience.",
                "The book is a useful corrective to the alliance talk of recent years.");
        assertEquals("limited-partnership", q.label());
    }

    @Test
    void aPairNamedWithAnEnDashIsOneClause() {
        ExtractedPosition p =
                only("Nobody who is tempted to speak of a Russia–China alliance has read the trade data.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        ExtractedPosition q = only("The Russia–China relationship has become a de facto alliance.");
        assertEquals("quasi-alliance", q.label());
    }

    @Test
    void anExplicitReferenceBringsThePairBack() {
        ExtractedPosition p = only(new Claims()
                .tagged("Russia buys Chinese cars and sells China crude.", "russia", "china")
                .tagged("Kazakhstan sells both of them grain.", "kazakhstan")
                .author("That is how this relationship works.")
                .author("It is a marriage of convenience.")
                .list());
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void aLabelNamedToBeRejectedCountsAgainstIt() {
        for (String rejection : List.of(
                "Calling them allies would overstate it.",
                "To describe the tie as an alliance is a stretch.",
                "Labelling it a military alliance goes too far.")) {
            ExtractedPosition p = only("Russia and China are close partners on energy and at the UN.", rejection);
            assertEquals("strategic-partnership", p.label(), rejection);
            // the rejected label points where a denied one does: below the alliance, and the claim agrees
            assertEquals("strategic-partnership", p.evidence().get(1).pointsTo(), rejection);
            assertTrue(p.evidence().get(1).supports(), rejection);
            assertEquals(2.0, p.score(), rejection);
        }
        // the label given, not rejected
        ExtractedPosition p = only("Calling Russia and China allies is no exaggeration: they are allies.");
        assertEquals("alliance", p.label());
    }

    // --- an author who adopts a reported thesis ------------------------------------------------------------------

    @Test
    void aReviewerWhoAdoptsTheBooksThesisHoldsItsView() {
        Claims claims = new Claims()
                .author("Few subjects attract as many lazy assumptions as Russia and China.")
                .reported("Her thesis", "Her thesis is that the two are rivals biding their time.")
                .author("The chapters on trade are the weakest.")
                .author("Even so, her main argument holds up.");
        assertEquals("rivalry", only(claims.list()).label());

        Claims persuaded = new Claims()
                .author("Russia and China are the subject of this short book.")
                .reported("The author", "Beijing and Moscow are rivals who hide it well, the author argues.")
                .author("I am persuaded.");
        assertEquals("rivalry", only(persuaded.list()).label());
    }

    @Test
    void aRejectedThesisOrAGovernmentsViewIsNotAdopted() {
        Claims rejected = new Claims()
                .author("Russia and China are the subject of this short book.")
                .reported("The author", "Beijing and Moscow are rivals who hide it well, the author argues.")
                .author("I am not persuaded.");
        assertEquals(PositionAssessor.UNDETERMINED, only(rejected.list()).label());

        Claims official = new Claims()
                .author("Russia and China met again this week.")
                .reported("The Kremlin", "Moscow and Beijing are allies in all but name, the Kremlin said.")
                .author("He is right.");
        assertEquals(PositionAssessor.UNDETERMINED, only(official.list()).label());
    }

    // --- an author who leaves the verdict to the reader ------------------------------------------------------------

    @Test
    void leavingTheVerdictToTheReaderTakesNoSide() {
        for (String abstention : List.of(
                "We leave the verdict to you.",
                "This episode leaves the judgement to listeners.",
                "This explainer reaches no conclusion.")) {
            ExtractedPosition p = only(
                    "Our guests argue over whether Russia and China are allies in all but name.",
                    "One guest thinks they are rivals at heart.",
                    abstention);
            assertEquals(PositionAssessor.UNDETERMINED, p.label(), abstention);
        }
        // someone else leaving a decision to others is no abstention of the author's
        ExtractedPosition p = only(
                "China and Russia are allies in all but name.", "The court leaves the decision to the parliament.");
        assertEquals("quasi-alliance", p.label());
    }

    // --- claims that label "it" without naming the pair ------------------------------------------------------------

    @Test
    void aClaimThatLabelsItSpeaksOfThePairNamedBefore() {
        ExtractedPosition p = only(
                "Russia sells oil to China at a discount.",
                "Chinese exporters fill Russian car showrooms.",
                "Payments run through small regional banks.",
                "It is a marriage of necessity, not of affection.");
        assertEquals("limited-partnership", p.label());

        ExtractedPosition q = only(
                "Beijing and Moscow now sign agreements on everything from grain to satellites.",
                "Their diplomats meet every month.",
                "Their customs officers share data.",
                "What has emerged is an entente, whatever the communiqués say.");
        assertEquals("quasi-alliance", q.label());
    }

    @Test
    void aLabelAfterSomeoneElseWasNamedIsNotThePairs() {
        // once the text has moved to another pair, "it" is theirs
        List<ExtractedPosition> positions = ASSESSOR.assess(
                null,
                new Claims()
                        .tagged("Russia and China held talks in March.", "russia", "china")
                        .tagged("Iran and India then signed a port deal.", "iran", "india")
                        .author("It is a marriage of convenience.")
                        .list());
        assertTrue(positions.isEmpty(), () -> "positions: " + positions);
    }

    // --- competition as the relationship ---------------------------------------------------------------------------

    @Test
    void competitionNamedAsWhatThePairDoesIsRivalry() {
        for (String sentence : List.of(
                "Under the banquets, Russia and China are competing for the same markets in Central Asia.",
                "Between Moscow and Beijing it is a rivalry, conducted politely.",
                "Russia and China are engaged in a quiet contest for influence across the steppe.")) {
            assertEquals("rivalry", only(sentence).label(), sentence);
        }
    }

    // --- vocabulary of each label, and "more than" ----------------------------------------------------------------

    @Test
    void eachLabelHasItsEverydayWords() {
        String[][] cases = {
            {"strategic-partnership", "China and Russia are strategic partners."},
            {"strategic-partnership", "The partnership between Russia and China is broad, deep and durable."},
            {"strategic-partnership", "Russia and China have a durable partnership."},
            {"limited-partnership", "The friendship between Moscow and Beijing is skin-deep."},
            {"limited-partnership", "Moscow and Beijing share a tactical alignment and little else."},
            {"limited-partnership", "Their friendship is a veneer: Russia and China distrust each other."},
            {"limited-partnership", "Russia and China are partners, but unequal ones."},
            {"rivalry", "Russia and China are geopolitical rivals."},
            {"quasi-alliance", "Russia and China act as allies in every way that matters, treaty or no treaty."},
            {"quasi-alliance", "Russia and China are allies in all but treaty."},
            {"quasi-alliance", "Russia and China now behave like allies."},
        };
        for (String[] c : cases) {
            assertEquals(c[0], only(c[1]).label(), c[1]);
        }
    }

    @Test
    void moreThanALabelIsOneStepAboveIt() {
        assertEquals(
                "strategic-partnership",
                only("Russia and China have built something more than a marriage of convenience.")
                        .label());
        assertEquals(
                "quasi-alliance",
                only("What Russia and China have is more than a strategic partnership.")
                        .label());
        // farther back, "more than" measures something else
        assertEquals(
                "strategic-partnership",
                only("Russia and China have more than a decade of strategic partnership behind them.")
                        .label());
    }

    @Test
    void movementSaidToBeSlightIsStable() {
        ExtractedPosition p = only(
                "Russia and China are close partners, and the shape of their ties has barely moved in three years.");
        assertEquals(Trend.STABLE, p.trend());
    }

    @Test
    void aTrendWordDescribingOneActorIsNoDirectionOfTheTie() {
        ExtractedPosition p = only(
                "Beijing and Moscow are strategic partners, and Beijing sees a weakened but pliant Russia as useful.");
        assertNotEquals(Trend.WEAKENING, p.trend());
        ExtractedPosition q = only("Russia and China are strategic partners whose ties have weakened this year.");
        assertEquals(Trend.WEAKENING, q.trend());
    }

    @Test
    void aTieThatBeginsToFrayIsWeakening() {
        ExtractedPosition p = only("The partnership of Russia and China has begun to fray at the edges.");
        assertEquals(Trend.WEAKENING, p.trend());
        assertFalse(p.evidence().isEmpty());
    }

    // --- negation scope -------------------------------------------------------------------------------------------

    @Test
    void aNegativeSubjectDeniesItsWholeClauseHoweverFarTheCue() {
        for (String sentence : List.of(
                "None of what the two governments have signed since then makes Russia and China allies.",
                "Nothing in the treaty of friendship obliges either Russia or China to fight as the other's ally.",
                "No one in the foreign ministries of Russia or China calls the two countries allies.")) {
            // the denied alliance points one step down, as any negated alliance cue does
            assertEquals("strategic-partnership", only(sentence).label(), sentence);
        }
        // the subject negates only its own clause: a second clause after "but" asserts what it says
        assertEquals(
                "alliance",
                only("None of the old quarrels between Moscow and Beijing survive, but the two have become true allies.")
                        .label());
        // a negation word inside the clause that does not open it is no negative subject
        assertEquals(
                "alliance",
                only("Moscow and Beijing, which agree on none of the small things, have become allies in every big one.")
                        .label());
    }

    @Test
    void anEmbeddedQuestionOrConditionHoldsEveryCueAfterItInItsClause() {
        for (String sentence : List.of(
                "Scholars have argued for two decades over whether Russia and China are really partners or allies.",
                "Analysts in Tokyo still debate if the tie between Moscow and Beijing amounts to a true alliance.")) {
            ExtractedPosition p = only(sentence, "In my view the two have built a de facto alliance.");
            assertEquals("quasi-alliance", p.label(), sentence);
            assertEquals(0.0, p.evidence().get(0).weight(), sentence);
        }
        // a cue before the conjunction is outside its clause
        assertEquals(
                "alliance",
                only("Russia and China are now true allies, whether or not either capital admits it.")
                        .label());
    }

    @Test
    void aNegatedNeedDoesNotNegateWhatItWouldServe() {
        assertEquals(
                "quasi-alliance",
                only("Russia and China no longer need a treaty to act as allies.")
                        .label());
        assertEquals(
                "quasi-alliance",
                only("Beijing and Moscow do not need a signed pact to behave like allies.")
                        .label());
        // without an object of its own, the need and the label are one: the label is denied
        assertNotEquals(
                "alliance",
                only("Russia and China do not need to form an alliance.").label());
    }

    @Test
    void aNegatedBeliefReachesItsThatClause() {
        ExtractedPosition p = only(
                "Russia and China are close partners.",
                "I am not persuaded that the relationship between them is still deepening.");
        assertEquals(Trend.STABLE, p.trend());
        ExtractedPosition q = only(
                "Russia and China are close partners.",
                "Nor do the new figures convince me that they are drifting apart.");
        assertEquals(Trend.STABLE, q.trend());
    }

    @Test
    void aMovementDeniedBesideOneAssertedStressesIt() {
        ExtractedPosition p =
                only("Russia and China remain a marriage of convenience, and I see a cooling, not a deepening.");
        assertEquals(Trend.WEAKENING, p.trend());
        ExtractedPosition q =
                only("Russia and China are strategic partners growing closer, not drifting apart as many expected.");
        assertEquals(Trend.STRENGTHENING, q.trend());
        // denied alone, a movement is a standstill
        assertEquals(
                Trend.STABLE,
                only("Russia and China are strategic partners, and they are not drifting apart.")
                        .trend());
    }

    @Test
    void aMovementThatStopsIsStable() {
        ExtractedPosition p = only(
                "Russia and China are strategic partners.",
                "Our view is that their cooperation holds but stops deepening.");
        assertEquals(Trend.STABLE, p.trend());
        ExtractedPosition q = only("Russia and China are strategic partners whose ties have ceased to deepen.");
        assertEquals(Trend.STABLE, q.trend());
    }

    @Test
    void tighteningARestrictionIsNoDirectionOfTheTie() {
        ExtractedPosition p = only(
                "Russia and China are strategic partners, although Chinese lenders have tightened checks on Russian"
                        + " payments.");
        assertNotEquals(Trend.STRENGTHENING, p.trend());
        ExtractedPosition q = only("Russia and China are strategic partners, and their ties have tightened this year.");
        assertEquals(Trend.STRENGTHENING, q.trend());
    }

    // --- which claims speak of the pair, and the title -------------------------------------------------------------

    @Test
    void anImperativeThatNamesTheTieLabelsIt() {
        ExtractedPosition p = only(
                "Russia and China vote together, drill together and dodge sanctions together.",
                "Nobody signed anything.",
                "Call it an entente.");
        assertEquals("quasi-alliance", p.label());
    }

    @Test
    void aLabelOfItThatNamesOneOfThePairSpeaksOfThePair() {
        ExtractedPosition p = ASSESSOR.assess(
                        null,
                        new Claims()
                                .tagged("Russia and China signed three gas contracts in May.", "russia", "china")
                                .author("The prices were not published.")
                                .tagged(
                                        "It is a partnership of necessity, and one in which Beijing sets the price.",
                                        "china")
                                .list())
                .get(0);
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void theyAfterAClaimOnThePairIsThePairWhoeverElseItNames() {
        ExtractedPosition p = ASSESSOR.assess(
                        null,
                        new Claims()
                                .tagged("Russia and China will not fall out soon.", "russia", "china")
                                .author("The two have too much to lose.")
                                .tagged("They share a dislike of American power.", "united-states")
                                .tagged(
                                        "But a shared dislike makes a marriage of necessity, on Beijing's terms.",
                                        "china")
                                .list())
                .get(0);
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void aLikenessToAnAllianceIsOneStepShortOfIt() {
        assertEquals(
                "quasi-alliance",
                only("Russia and China have built something that works like an alliance at sea.")
                        .label());
        assertNotEquals(
                "quasi-alliance",
                only("Russia and China have built nothing like an alliance, only a partnership.")
                        .label());
    }

    @Test
    void theNecessityFamilyNamesALimitedPartnership() {
        assertEquals(
                "limited-partnership",
                only("Moscow and Beijing have a relationship of necessity.").label());
        assertEquals(
                "limited-partnership",
                only("Russia and China are bound in a marriage of necessity.").label());
    }

    @Test
    void aTitleThatNamesTheTieFramesAnArticleThatSpeaksOfThePair() {
        List<io.claimbase.extract.ExtractedClaim> claims = Claims.of(
                        "Russia and China signed no new gas contract this year.",
                        "Chinese buyers now pay Russian sellers in yuan.",
                        "Moscow sells Beijing crude at a discount.",
                        "If anything, the two are drifting apart on price.")
                .list();
        List<ExtractedPosition> positions = ASSESSOR.assess("A marriage of convenience with the spark gone", claims);
        assertEquals(1, positions.size(), () -> "positions: " + positions);
        assertEquals("limited-partnership", positions.get(0).label());
        // an article that never speaks of the pair is not framed by its title's words
        List<ExtractedPosition> silent = ASSESSOR.assess(
                "A marriage of convenience with the spark gone",
                Claims.of("The shipyard in Gdansk laid off 300 workers.").list());
        assertTrue(silent.isEmpty(), () -> "positions: " + silent);
        // "notes" is no plural of "not": the label in "Notes on ..." is not denied
        List<ExtractedPosition> notes = ASSESSOR.assess("Field notes on a marriage of necessity", claims);
        assertEquals("limited-partnership", notes.get(0).label());
        assertFalse(notes.get(0).rationale().contains("rejects"), notes.get(0).rationale());
    }

    @Test
    void aNegationInsideAQuotedNameStaysInIt() {
        assertEquals(
                "limited-partnership",
                only("The “no limits” friendship between Russia and China is a veneer over old suspicions.")
                        .label());
        assertEquals(
                "limited-partnership",
                only("The \"no limits\" friendship between Russia and China is a veneer over old suspicions.")
                        .label());
    }

    @Test
    void theGovernmentsOwnWordsForTheirTiesAreAStrategicPartnershipView() {
        for (String said : List.of(
                "Relations between Russia and China have never been better, a Kremlin spokesman said.",
                "A Chinese spokeswoman said ties with Russia were at their best level in history.",
                "Moscow and Beijing said their cooperation was not directed against any third country.")) {
            ExtractedPosition p = only(new Claims()
                    .author("Russia and China are a marriage of convenience.")
                    .reported("a spokesman", said)
                    .list());
            assertEquals("limited-partnership", p.label(), said);
            ExtractedPosition.Evidence reported = p.evidence().get(1);
            assertEquals("strategic-partnership", reported.pointsTo(), said);
            assertEquals(0.0, reported.weight(), said);
        }
    }

    @Test
    void aSpeakersTurnReportedByItsMannerIsTheSpeakersView() {
        ExtractedPosition p = only(
                "A retired admiral began by arguing that Russia and China are allies in all but name.",
                "A trade economist answered by insisting that the two are partners of convenience.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        // the author's own argument, not framed as a speaker's turn, stands
        ExtractedPosition q = only("Russia and China are allies in all but name, arguing that is easy.");
        assertEquals("quasi-alliance", q.label());
    }
}
