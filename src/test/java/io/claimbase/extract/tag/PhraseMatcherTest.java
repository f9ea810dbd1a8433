package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matching rules, on a small domain made for them (independent of the repository's data). */
class PhraseMatcherTest {

    @TempDir
    static Path folder;

    private static PhraseMatcher matcher;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(folder.resolve("topics.yaml"), """
                topics:
                  - id: energy
                    cues: [energy]
                  - id: energy.gas
                    cues: [gas, LNG, gas pipeline]
                  - id: trade
                    cues: [trade, trade war, export]
                  - id: war
                    cues: [war]
                ignore: [gas station]
                """);
        Files.writeString(folder.resolve("actors.yaml"), """
                actors:
                  - {id: united-states, name: United States, type: country, aliases: [US, U.S., America]}
                  - {id: china, name: China, type: country, aliases: [Chinese, Sino]}
                  - {id: south-china-sea, name: South China Sea, type: group}
                  - {id: west, name: the West, type: group}
                ignore: [Latin America]
                """);
        Files.writeString(folder.resolve("events.yaml"), """
                events:
                  - id: deal
                    cues: [deal, signed a deal]
                  - id: arms-sale
                    priority: 2
                    cues: [made ... available for sale]
                  - id: summit
                    cues: [summit]
                """);
        matcher = new PhraseMatcher(DomainModel.load(folder));
    }

    /** sentence, the selected matches as "target@text" in reading order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void selectsMatches(String sentence, List<String> expected) {
        Tokens tokens = Tokens.of(sentence);

        List<String> found = matcher.match(tokens).stream()
                .map(m ->
                        m.entry().target() + "@" + sentence.substring(tokens.start(m.start()), tokens.end(m.end() - 1)))
                .toList();

        assertEquals(expected, found);
    }

    static Stream<Arguments> selectsMatches() {
        return Stream.of(
                Arguments.of(
                        "The US and the U.S. and the U.S",
                        List.of("united-states@US", "united-states@U.S", "united-states@U.S")),
                Arguments.of("let us go", List.of()),
                Arguments.of("Us and US", List.of("united-states@US")),
                Arguments.of("CHINA AND AMERICA", List.of("china@CHINA", "united-states@AMERICA")),
                Arguments.of("fine china", List.of()),
                Arguments.of("Sino-US trade", List.of("china@Sino", "united-states@US", "trade@trade")),
                Arguments.of("American trade", List.of("trade@trade")),
                Arguments.of("Latin America", List.of()),
                Arguments.of("in the South China Sea", List.of("south-china-sea@South China Sea")),
                Arguments.of("the West and West", List.of("west@West", "west@West")),
                Arguments.of("a trade war", List.of("trade@trade war")),
                Arguments.of("a war", List.of("war@war")),
                Arguments.of("the gas pipeline", List.of("energy.gas@gas pipeline")),
                Arguments.of("the gas station", List.of()),
                Arguments.of("new gas pipelines and exports", List.of("energy.gas@gas pipelines", "trade@exports")),
                Arguments.of("LNG but not lng", List.of("energy.gas@LNG")),
                Arguments.of("ENERGY", List.of("energy@ENERGY")),
                Arguments.of("They signed a deal at the summit", List.of("deal@signed a deal", "summit@summit")),
                Arguments.of(
                        "Moscow made its best jets available for sale",
                        List.of("arms-sale@made its best jets available for sale")),
                Arguments.of("Moscow made a decision about the sale", List.of()));
    }
}
