package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stance in genres far from the op-ed, on sentences written for these tests: a script's sound bites, a headline that
 * names the pair before the body does, a third person who names the relationship, a first-person source, a report
 * that does not adjudicate, a label named as too little, an endorsement by "has it right", the views a reader "will
 * hear", and the vocabulary of briefings and field reports.
 */
class StanceGenreTest {

    private static ExtractedPosition only(String title, List<io.claimbase.extract.ExtractedClaim> claims) {
        return ShippedAssessor.only(title, claims);
    }

    private static ExtractedPosition only(String... sentences) {
        return only(null, Claims.of(sentences).list());
    }

    // --- whose voice -------------------------------------------------------------------------------------------------

    @Test
    void aSoundBiteIsTheSpeakersNotTheAuthors() {
        ExtractedPosition p = only(
                "Russian and Chinese frigates left port together this morning.",
                "“Make no mistake, Moscow and Beijing are a military alliance now.",
                "They simply have not printed the treaty yet.”",
                "Some analysts see a relationship of convenience between Russia and China.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        // a quoted name at the head of the author's own sentence is no sound bite
        assertFalse(SoundBites.opens("“We are friends,” he said, and Moscow and Beijing smiled."));
        assertFalse(SoundBites.opens("“No limits” was a slogan; China and Russia are partners of convenience."));
        assertTrue(SoundBites.opens("\"This is an alliance in all but name.\""));
    }

    @Test
    void aSoundBiteCountsWhenTheAuthorEndorsesIt() {
        ExtractedPosition p = only(
                "The visiting admiral spoke about China and Russia for an hour.",
                "“What they have is a de facto alliance, and it is getting tighter.”",
                "I came away thinking he has it right.");
        assertEquals("quasi-alliance", p.label());
    }

    @Test
    void aThirdPersonNamingTheRelationshipGivesTheirView() {
        assertTrue(
                QuestionMatcher.namedByOthers(
                        "The senator, in a letter to colleagues, calls the relationship between Russia and China an alliance."));
        assertTrue(QuestionMatcher.namedByOthers("One delegate described the ties as a tacit alliance."));
        assertFalse(QuestionMatcher.namedByOthers("I would call it an alliance."));
        assertFalse(QuestionMatcher.namedByOthers("We called the relationship a quasi-alliance last year."));
        assertFalse(QuestionMatcher.namedByOthers("Nobody in Beijing calls the relationship an alliance."));
        ExtractedPosition p = only(
                "The deputy, in her written question, calls the relationship of Russia and China a military alliance.",
                "Other members described Moscow and Beijing as partners of convenience.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
    }

    @Test
    void aFirstPersonSourceIsTheAuthor() {
        assertTrue(QuestionMatcher.firstPerson("Our reading"));
        assertTrue(QuestionMatcher.firstPerson("my view"));
        assertFalse(QuestionMatcher.firstPerson("our Russian counterparts"));
        assertFalse(QuestionMatcher.firstPerson("Chinese officials"));
        ExtractedPosition p = only(
                null,
                new Claims()
                        .author("China and Russia signed eleven agreements this week.")
                        .reported("Our assessment", "Beijing and Moscow remain partners of convenience.")
                        .list());
        assertEquals("limited-partnership", p.label());
    }

    @Test
    void aReportThatDoesNotAdjudicateAbstains() {
        ExtractedPosition p = only(
                "This summary sets out what the two panels concluded; it does not adjudicate between them.",
                "The first panel treated Russia and China as a single bloc.",
                "The second panel called Moscow and Beijing partners of convenience.");
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        // said of a government, it is no abstention
        ExtractedPosition q = only(
                "Beijing does not adjudicate between its neighbours' claims.",
                "China and Russia are partners of convenience.");
        assertEquals("limited-partnership", q.label());
    }

    @Test
    void theViewsAReaderWillHearAndTheOldSafeAnswerAreNotTheAuthors() {
        ExtractedPosition p = only(
                "You will hear that China and Russia are a marriage of convenience.",
                "In truth Beijing and Moscow are allies in everything except the signature.");
        assertEquals("quasi-alliance", p.label());
        ExtractedPosition q = only(
                "For years the safe answer was that Russia and China were partners of convenience.",
                "Today Moscow and Beijing are allies, and the bond is tightening.");
        assertEquals("alliance", q.label());
        ExtractedPosition r = only(
                "Much of the early commentary hailed the summit as the birth of an alliance between Russia and China.",
                "The two have built a strategic partnership, broad and durable.");
        assertEquals("strategic-partnership", r.label());
    }

    @Test
    void aReviewedWorksOwnVoiceIsNotTheCommentatorsWhenTheCommentatorRejectsIt() {
        ExtractedPosition p = only(
                "We argue that China and Russia have become a de facto alliance.",
                "The authors have assembled a rich data set on Russia and China.",
                "I am not persuaded by what they draw from it.",
                "Between Moscow and Beijing I see a rivalry underneath the handshakes.");
        assertEquals("rivalry", p.label());
        // a commentator who agrees leaves the work's voice as it is
        ExtractedPosition q = only(
                "We argue that China and Russia have become a de facto alliance.",
                "The authors have assembled a rich data set on Russia and China.",
                "I find the case strong.");
        assertEquals("quasi-alliance", q.label());
    }

    // --- headlines ---------------------------------------------------------------------------------------------------

    @Test
    void aHeadlineNamingThePairIsWhatTheOpeningLinesGoOnAbout() {
        ExtractedPosition p = only(
                "BEAR AND DRAGON: XI AND PUTIN SIGN UP",
                Claims.of(
                                "They are allies.",
                                "The two leaders embraced on the steps of the Kremlin yesterday.",
                                "This is a war pact.")
                        .list());
        assertEquals("alliance", p.label());
    }

    // --- labels ------------------------------------------------------------------------------------------------------

    @Test
    void aLabelNamedAsTooLittleIsOneStepAbove() {
        ExtractedPosition p = only(
                "Russia and China coordinate at the UN, in the Pacific and in arms production, so that calling them"
                        + " a strategic partnership undersells what is happening.");
        assertEquals("quasi-alliance", p.label());
    }

    @Test
    void rivalryUnderTheSurface() {
        ExtractedPosition p = only(
                "Between Russia and China the cooperation is a coat of paint over a much older rivalry.",
                "In Mongolia the two are elbowing for the same mines.");
        assertEquals("rivalry", p.label());
        ExtractedPosition q = only(
                "The trade figures of China and Russia hide the rivalry underneath, and the paint is wearing through.");
        assertEquals("rivalry", q.label());
        assertEquals(Trend.WEAKENING, q.trend());
        assertEquals(
                "rivalry",
                only("Between Russia and China, what I saw on the ground was competition, not friendship.")
                        .label());
        // a surface over mistrust is a limited partnership
        assertEquals(
                "limited-partnership",
                only("Between Russia and China the cooperation is a coat of paint over old suspicion.")
                        .label());
    }

    @Test
    void convenienceInTheWordsOfFieldReports() {
        assertEquals(
                "limited-partnership",
                only("Russia and China work together only where their interests coincide.")
                        .label());
        assertEquals(
                "limited-partnership",
                only("Beijing and Moscow are using each other, and both know it.")
                        .label());
        assertEquals(
                "limited-partnership",
                only("What ties Moscow to Beijing is a practical arrangement, not a friendship.")
                        .label());
    }

    @Test
    void theEdgeOfAPartnershipIsItsMarginNotAnApproach() {
        ExtractedPosition p = only(
                "The quarrels of China and Russia over prices are frictions at the edge of a strategic partnership.");
        assertEquals("strategic-partnership", p.label());
        assertEquals(null, p.trend());
        ExtractedPosition q = only("China and Russia are on the edge of a military alliance.");
        assertEquals("quasi-alliance", q.label());
        assertEquals(Trend.STRENGTHENING, q.trend());
    }

    @Test
    void anAllianceKeptFarOffIsAStrategicPartnership() {
        assertEquals(
                "strategic-partnership",
                only("The ties between China and Russia have grown broad, while stopping well short of a formal"
                                + " alliance.")
                        .label());
        assertEquals(
                "quasi-alliance",
                only("Moscow and Beijing now act together in a tacit alignment that works like a pact.")
                        .label());
        assertEquals(
                "quasi-alliance",
                only("Russia and China see each other as partners, and they behave like treaty partners without the"
                                + " treaty.")
                        .label());
    }
}
