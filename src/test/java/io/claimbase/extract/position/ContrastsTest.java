package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrastsTest {

    private static final DirectionReader READER =
            new DirectionReader(QuestionLoader.loadDirections(Path.of("seeds/domain")));

    private static Direction direction(String text) {
        return READER.read(text).map(DirectionReader.Reading::direction).orElse(null);
    }

    private static Contrasts.Candidate claim(
            long id, String author, String text, LocalDate start, LocalDate end, String... actors) {
        return new Contrasts.Candidate(
                id, author, List.of(actors), start, end, READER.read(text).orElseThrow());
    }

    @Test
    void directionWordsOfOneWayGiveTheDirection() {
        assertEquals(
                Direction.DOWN,
                direction("Moscow's offer was turned down by Beijing, and the volume of trade "
                        + "went sharply down, defying political guidelines."));
        assertEquals(Direction.UP, direction("Bilateral trade between the two countries in 2018 is up 25 percent."));
        assertEquals(Direction.DOWN, direction("Relations between the two countries have stalled."));
        assertEquals(Direction.UP, direction("Their cooperation keeps deepening."));
    }

    @Test
    void noDirectionWhenNegatedMixedOrOnlyAnIgnoredPhrase() {
        assertEquals(null, direction("Trade did not fall last year."));
        assertEquals(null, direction("Trade fell in 2015 but rose again in 2016."));
        assertEquals(null, direction("Gazprom agreed to supply up to 38 billion cubic meters of gas per year."));
        assertEquals(null, direction("The summit was held in Geneva."));
        assertEquals(
                null,
                direction("China and Russia pose growing challenges to the liberal international order."),
                "nothing named moves: challenges are not a subject");
    }

    @Test
    void theSubjectIsTheNearestSubjectWord() {
        assertEquals(
                "trade",
                READER.read("The volume of trade went sharply down.")
                        .orElseThrow()
                        .subject());
        assertEquals(
                "relations",
                READER.read("Political ties have grown warmer.").orElseThrow().subject());
    }

    @Test
    void claimsAboutDifferentSubjectsDoNotPair() {
        Contrasts.Candidate trade = claim(1, "a", "Trade fell sharply.", null, null, "china", "russia");
        Contrasts.Candidate ties = claim(2, "b", "Their ties grew stronger.", null, null, "china", "russia");
        assertTrue(Contrasts.pairs(List.of(trade, ties)).isEmpty());
    }

    @Test
    void oppositeClaimsOfDifferentAuthorsOnTheSameActorsAndPeriodPair() {
        Contrasts.Candidate down =
                claim(1, "baev", "The volume of trade went sharply down.", null, null, "china", "russia");
        Contrasts.Candidate up = claim(
                2,
                "taussig",
                "Bilateral trade in 2018 is up 25 percent from 2017.",
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31),
                "russia",
                "china");
        Contrasts.Candidate sameAuthor = claim(3, "baev", "Trade with Europe grew.", null, null, "russia");
        Contrasts.Candidate otherActors =
                claim(4, "lukin", "Trade between India and Japan fell.", null, null, "india", "japan");
        Contrasts.Candidate otherPeriod = claim(
                5,
                "trudolyubov",
                "Trade dropped in 2015.",
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 12, 31),
                "china");

        List<Contrasts.Pair> pairs = Contrasts.pairs(List.of(down, up, sameAuthor, otherActors, otherPeriod));

        assertEquals(1, pairs.size(), () -> "pairs: " + pairs);
        assertEquals(2, pairs.get(0).up().claimId());
        assertEquals(1, pairs.get(0).down().claimId());
        assertTrue(!pairs.get(0).dated(), "one side has no period");
    }
}
