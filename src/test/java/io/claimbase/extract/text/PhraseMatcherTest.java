package io.claimbase.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.PhraseMatcher.Inflection;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.PhraseMatcher.Options;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one phrase matcher and its options, on sentences of our own. */
class PhraseMatcherTest {

    /** Phrases as the taggers read them: atoms, capitals, plural of the last word, long gaps; null value = ignore. */
    private static final PhraseMatcher<String> TOPICS = new PhraseMatcher<String>(Options.atoms())
            .addAll(List.of("energy"), "energy")
            .addAll(List.of("gas", "LNG", "gas pipeline"), "energy.gas")
            .addAll(List.of("trade", "trade war", "export"), "trade")
            .addAll(List.of("war"), "war")
            .addAll(List.of("policy"), "policy")
            .addAll(List.of("made ... available for sale", "into ... 's arms"), "gapped")
            .addAll(List.of("gas station"), null);

    private static final PhraseMatcher<String> ACTORS = new PhraseMatcher<String>(
                    Options.atoms().withInflection(Inflection.NONE).withOptionalThe())
            .addAll(List.of("US", "U.S.", "America"), "united-states")
            .addAll(List.of("Chinese", "Sino"), "china")
            .addAll(List.of("South China Sea"), "south-china-sea")
            .addAll(List.of("the West"), "west")
            .addAll(List.of("Latin America"), null);

    /** Phrases as the position readers read them: clause tokens, plurals and possessives, gaps within a clause. */
    private static final PhraseMatcher<String> STANCE = new PhraseMatcher<String>(Options.clauses())
            .add("ally", "ally")
            .add("alliance without ... treaty", "treaty-less")
            .add("russia", "russia")
            .add("strategic partnership", "partnership")
            .add("strategic partnership", "duplicate");

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void taggersSelectTheLongestMatchOfEachLayer(String sentence, List<String> expected) {
        Tokens tokens = Tokens.of(sentence);
        List<String> found = Stream.of(TOPICS, ACTORS)
                .flatMap(m -> m.longest(tokens).stream())
                .filter(m -> m.value() != null)
                .sorted(java.util.Comparator.comparingInt(Match::start))
                .map(m -> m.value() + "@" + sentence.substring(tokens.start(m.start()), tokens.end(m.end() - 1)))
                .toList();

        assertEquals(expected, found);
    }

    static Stream<Arguments> taggersSelectTheLongestMatchOfEachLayer() {
        return Stream.of(
                Arguments.of(
                        "The US and the U.S. and the U.S",
                        List.of("united-states@US", "united-states@U.S", "united-states@U.S")),
                Arguments.of("let us go", List.of()),
                Arguments.of("Us and US", List.of("united-states@US")),
                Arguments.of("CHINESE AND AMERICA", List.of("china@CHINESE", "united-states@AMERICA")),
                Arguments.of("Sino-US trade", List.of("china@Sino", "united-states@US", "trade@trade")),
                Arguments.of("Latin America", List.of()),
                Arguments.of("across the South China Sea", List.of("south-china-sea@South China Sea")),
                Arguments.of("the West and West", List.of("west@West", "west@West")),
                Arguments.of("a trade war looms", List.of("trade@trade war")),
                Arguments.of("the gas station", List.of()),
                Arguments.of("new gas pipelines and exports", List.of("energy.gas@gas pipelines", "trade@exports")),
                Arguments.of("policies", List.of("policy@policies")),
                Arguments.of("LNG but not lng", List.of("energy.gas@LNG")),
                Arguments.of("wars", List.of()),
                Arguments.of(
                        "Paris made its oldest frigates available for sale",
                        List.of("gapped@made its oldest frigates available for sale")),
                Arguments.of("It drove Minsk into Moscow's arms", List.of("gapped@into Moscow's arms")),
                Arguments.of("Paris made a choice about the sale", List.of()));
    }

    @Test
    void positionReadersMatchPluralsPossessivesAndShortGapsWithinAClause() {
        assertEquals(
                List.of("ally"), values(STANCE.all(Tokens.of("Close allies.").clauses())));
        assertEquals(
                List.of("russia"), values(STANCE.all(Tokens.of("Russia's gas").clauses())));
        assertEquals(
                List.of("partnership"),
                values(STANCE.longest(
                        Tokens.of("two strategic partnerships' limits").clauses())));
        // a word that ends in neither "s" nor "s'" is only ever itself: "allied" is not "ally", "russian" not "russia"
        assertEquals(
                List.of(), values(STANCE.all(Tokens.of("allied russian forces").clauses())));
        assertEquals(
                List.of("treaty-less"),
                values(STANCE.longest(
                        Tokens.of("an alliance without a formal treaty").clauses())));
        assertEquals(
                List.of(),
                values(STANCE.all(
                        Tokens.of("an alliance without, alas, a treaty").clauses())));
        assertEquals(
                List.of(),
                values(STANCE.all(
                        Tokens.of("an alliance without any of the usual treaty").clauses())));
        assertEquals(
                List.of("partnership", "duplicate"),
                values(STANCE.all(Tokens.of("strategic partnerships").clauses())));
        assertEquals(
                List.of("partnership"),
                values(STANCE.longest(Tokens.of("a strategic partnership").clauses())));
    }

    @Test
    void exactWordsGiveTheLongestPhraseAtEachPlaceLeftToRight() {
        PhraseMatcher<String> cues = PhraseMatcher.of(List.of("said", "said that", "told", "according to"));
        Tokens tokens = Tokens.of("She said that, according to aides, he told them so; saids")
                .words();

        assertEquals(
                List.of("said that", "according to", "told"),
                cues.findAll(tokens).stream().map(Match::value).toList());
        assertEquals("told", cues.find(tokens, 5).value());
        assertNull(cues.at(tokens, 0));
        assertTrue(cues.contains("told"));
        assertFalse(cues.contains("according"));
        assertTrue(cues.foundIn(tokens));
        assertFalse(cues.foundIn(Tokens.of("nothing to see").words()));
    }

    @Test
    void aShortRangePairStaysWithinItsReachAndItsClause() {
        PhraseMatcher<String> pairs =
                new PhraseMatcher<String>(Options.atoms()).addPair("signed ... accord", "deal", 2);

        assertEquals(List.of("deal"), values(pairs.all(Tokens.of("They signed an interim accord."))));
        assertEquals(List.of(), values(pairs.all(Tokens.of("They signed a long and detailed accord."))));
        assertEquals(List.of(), values(pairs.all(Tokens.of("They signed it; the accord holds."))));
        PhraseMatcher<String> wider =
                new PhraseMatcher<String>(Options.atoms()).addPair("signed ... accord", "deal", 5);
        assertEquals(List.of("deal"), values(wider.all(Tokens.of("They signed the U.S. accord."))));
    }

    @Test
    void aPhraseWithoutWordsIsLeftOut() {
        assertTrue(new PhraseMatcher<String>(Options.clauses())
                .add("...", "x")
                .add("!!", "y")
                .isEmpty());
    }

    private static List<String> values(List<Match<String>> matches) {
        return matches.stream().map(Match::value).toList();
    }
}
