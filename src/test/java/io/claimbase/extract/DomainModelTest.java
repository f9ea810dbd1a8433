package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainModelTest {

    private static final String TOPICS = """
            topics:
              - id: energy
                cues: [energy]
              - id: energy.gas
                cues: [gas, LNG]
            """;
    private static final String ACTORS = """
            actors:
              - {id: china, name: China, type: country, aliases: [Chinese, Beijing]}
              - {id: russia, name: Russia, type: country, aliases: [Moscow, Kremlin]}
            ignore: [South China Sea]
            """;
    private static final String EVENTS = """
            events:
              - id: deal
                cues: [deal, signed a deal]
            """;

    @TempDir
    Path folder;

    @Test
    void theRepositoryDataHasTheSharedVocabulary() {
        DomainModel domain = SeedDomain.get();

        assertEquals(
                Set.of(
                        "diplomacy",
                        "geopolitics",
                        "geopolitics.alignment",
                        "energy",
                        "energy.gas",
                        "energy.oil",
                        "trade",
                        "finance",
                        "sanctions",
                        "military",
                        "military.exercises",
                        "military.arms",
                        "military.conflict",
                        "nuclear",
                        "cyber",
                        "arctic",
                        "infrastructure",
                        "technology",
                        "politics",
                        "migration"),
                domain.topicIds());
        assertEquals(
                Set.of(
                        "deal",
                        "exercise",
                        "sanction",
                        "summit",
                        "visit",
                        "election",
                        "arms-sale",
                        "expulsion",
                        "conflict"),
                domain.eventTypeIds());
        List<String> vocabularyActors = List.of(
                "china",
                "russia",
                "united-states",
                "north-korea",
                "south-korea",
                "japan",
                "india",
                "ukraine",
                "venezuela",
                "iran",
                "turkey",
                "european-union",
                "united-kingdom",
                "germany",
                "france",
                "saudi-arabia",
                "brazil",
                "south-africa",
                "kazakhstan",
                "mongolia",
                "pakistan",
                "vietnam",
                "syria",
                "israel",
                "greece",
                "vladimir-putin",
                "xi-jinping",
                "donald-trump",
                "joe-biden",
                "barack-obama",
                "henry-kissinger",
                "sergey-lavrov",
                "wang-yi",
                "kim-jong-un",
                "narendra-modi",
                "recep-tayyip-erdogan",
                "dmitry-medvedev",
                "nato",
                "brics",
                "sco",
                "united-nations",
                "eurasian-economic-union",
                "opec",
                "gazprom",
                "cnpc",
                "rosneft",
                "novatek",
                "asean",
                "g20",
                "g7",
                "wto",
                "imf",
                "belt-and-road",
                "west");
        vocabularyActors.forEach(id -> assertTrue(domain.actor(id).isPresent(), id));
    }

    @Test
    void ancestorsFollowTheDottedIds() {
        DomainModel domain = SeedDomain.get();

        assertEquals(List.of("military"), domain.ancestors("military.arms"));
        assertEquals(List.of(), domain.ancestors("energy"));
        assertEquals(List.of("geopolitics.alignment", "geopolitics"), domain.selfAndAncestors("geopolitics.alignment"));
        assertEquals("energy", domain.topic("energy.gas").orElseThrow().parent());
        assertNull(domain.topic("energy").orElseThrow().parent());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void resolvesActorsByIdNameOrAliasIgnoringCase(String query, String expected) {
        assertEquals(Optional.ofNullable(expected), SeedDomain.get().resolveActor(query));
    }

    static Stream<Arguments> resolvesActorsByIdNameOrAliasIgnoringCase() {
        return Stream.of(
                Arguments.of("Beijing", "china"),
                Arguments.of("beijing", "china"),
                Arguments.of("china", "china"),
                Arguments.of("the Kremlin", "russia"),
                Arguments.of("Kremlin", "russia"),
                Arguments.of("U.S.", "united-states"),
                Arguments.of("US", "united-states"),
                Arguments.of("White House", "united-states"),
                Arguments.of("united-states", "united-states"),
                Arguments.of("DPRK", "north-korea"),
                Arguments.of("Kyiv", "ukraine"),
                Arguments.of("Kiev", "ukraine"),
                Arguments.of("Xi", "xi-jinping"),
                Arguments.of("Shanghai Cooperation Organisation", "sco"),
                Arguments.of("the West", "west"),
                Arguments.of("Kim Jong Un", "kim-jong-un"),
                Arguments.of("Atlantis", null),
                Arguments.of("", null),
                Arguments.of(null, null));
    }

    @Test
    void loadsAMinimalFolder() throws IOException {
        write(TOPICS, ACTORS, EVENTS);

        DomainModel domain = DomainModel.load(folder);

        assertEquals(List.of("energy", "energy.gas"), List.copyOf(domain.topicIds()));
        assertEquals(Optional.of("russia"), domain.resolveActor("Moscow"));
        assertEquals(
                List.of("China", "Chinese", "Beijing"),
                domain.actor("china").orElseThrow().allAliases());
        assertEquals(List.of("South China Sea"), domain.ignoredActorPhrases());
        assertEquals(
                List.of(new DomainModel.EventType("deal", null, 0, List.of("deal", "signed a deal"))),
                domain.eventTypes());
        assertEquals(folder, domain.folder());
    }

    /** Each case: which file is replaced, its content, and what the message must say (file:line: reason). */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void malformedDataFailsNamingTheFileAndLine(String reason, String file, String content, String expected)
            throws IOException {
        write(TOPICS, ACTORS, EVENTS);
        Files.writeString(folder.resolve(file), content);

        DomainDataException error = assertThrows(DomainDataException.class, () -> DomainModel.load(folder));
        assertTrue(error.getMessage().startsWith(folder.resolve(file) + ":"), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    static Stream<Arguments> malformedDataFailsNamingTheFileAndLine() {
        return Stream.of(
                Arguments.of(
                        "unknown key",
                        "topics.yaml",
                        """
                        topics:
                          - id: energy
                            cues: [energy]
                            colour: green
                        """,
                        "topics.yaml:4: unknown key 'colour' (expected one of id, label, cues)"),
                Arguments.of("unknown top-level key", "events.yaml", """
                        events:
                          - id: deal
                            cues: [deal]
                        extras: []
                        """, "events.yaml:4: unknown key 'extras'"),
                Arguments.of(
                        "acts without objects",
                        "events.yaml",
                        """
                        events:
                          - id: deal
                            cues: [deal]
                          - id: exercise
                            cues: [drill]
                            acts: {verbs: [stage]}
                        """,
                        "events.yaml:4: event type 'exercise' acts need both verbs and objects"),
                Arguments.of("missing id", "topics.yaml", """
                        topics:
                          - id: energy
                            cues: [energy]
                          - label: Gas
                            cues: [gas]
                        """, "topics.yaml:4: topic without an id"),
                Arguments.of(
                        "duplicate topic id",
                        "topics.yaml",
                        """
                        topics:
                          - id: energy
                            cues: [energy]
                          - id: trade
                            cues: [trade]
                          - id: energy
                            cues: [power]
                        """,
                        "topics.yaml:6: duplicate topic id 'energy' (first defined on line 2)"),
                Arguments.of(
                        "child without parent",
                        "topics.yaml",
                        """
                        topics:
                          - id: energy
                            cues: [energy]
                          - id: military.arms
                            cues: [arms]
                        """,
                        "topics.yaml:4: topic 'military.arms' has no parent topic 'military'"),
                Arguments.of(
                        "badly formed topic id", "topics.yaml", """
                        topics:
                          - id: Energy Gas
                            cues: [gas]
                        """, "topics.yaml:2: topic id 'Energy Gas' must match"),
                Arguments.of(
                        "duplicate actor id",
                        "actors.yaml",
                        """
                        actors:
                          - {id: china, name: China, type: country}
                          - {id: russia, name: Russia, type: country}
                          - {id: china, name: PRC, type: country}
                        """,
                        "actors.yaml:4: duplicate actor id 'china' (first defined on line 2)"),
                Arguments.of(
                        "alias naming two actors",
                        "actors.yaml",
                        """
                        actors:
                          - {id: china, name: China, type: country, aliases: [Beijing]}
                          - {id: russia, name: Russia, type: country,
                             aliases: [Moscow, beijing]}
                        """,
                        "actors.yaml:3: alias 'beijing' of actor 'russia' already names actor 'china' (line 2)"),
                Arguments.of("unknown actor type", "actors.yaml", """
                        actors:
                          - {id: china, name: China, type: country}
                          - {id: atlantis, name: Atlantis, type: continent}
                        """, "actors.yaml:3: "),
                Arguments.of("actor without name", "actors.yaml", """
                        actors:
                          - {id: china, type: country}
                        """, "actors.yaml:2: actor 'china' has no name"),
                Arguments.of(
                        "event with no cues", "events.yaml", """
                        events:
                          - id: deal
                            cues: [deal]
                          - id: summit
                            cues: []
                        """, "events.yaml:4: event type 'summit' has no cues"),
                Arguments.of(
                        "event without cues key", "events.yaml", """
                        events:
                          - id: deal
                        """, "events.yaml:2: event type 'deal' has no cues"),
                Arguments.of(
                        "event implying an unknown topic",
                        "events.yaml",
                        """
                        events:
                          - id: exercise
                            topic: military.exercises
                            cues: [drills]
                        """,
                        "events.yaml:2: event type 'exercise' names unknown topic 'military.exercises'"),
                Arguments.of("cues not a list", "topics.yaml", """
                        topics:
                          - id: energy
                            cues:
                              gas: 1
                        """, "topics.yaml:4: "),
                Arguments.of("duplicate key", "topics.yaml", """
                        topics:
                          - id: energy
                            id: power
                            cues: [energy]
                        """, "topics.yaml:3: Duplicate field 'id'"),
                Arguments.of("YAML syntax error", "events.yaml", """
                        events:
                          - id: deal
                            cues: [deal, agreement
                          - id: visit
                        """, "events.yaml:"),
                Arguments.of("empty list", "events.yaml", """
                        events: []
                        """, "events.yaml:1: missing or empty list 'events'"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        write(TOPICS, ACTORS, EVENTS);
        Files.delete(folder.resolve("actors.yaml"));

        DomainDataException error = assertThrows(DomainDataException.class, () -> DomainModel.load(folder));
        assertEquals(folder.resolve("actors.yaml") + ": domain data file not found", error.getMessage());
    }

    @Test
    void anEmptyFileFails() throws IOException {
        write("", ACTORS, EVENTS);

        DomainDataException error = assertThrows(DomainDataException.class, () -> DomainModel.load(folder));
        assertTrue(error.getMessage().startsWith(folder.resolve("topics.yaml") + ":"), error.getMessage());
    }

    @Test
    void otherFilesInTheFolderAreLeftToTheirOwners() throws IOException {
        write(TOPICS, ACTORS, EVENTS);
        Files.writeString(folder.resolve("cues.yaml"), "anything: [goes, here]\n");

        assertEquals(Set.of("energy", "energy.gas"), DomainModel.load(folder).topicIds());
    }

    private void write(String topics, String actors, String events) throws IOException {
        Files.writeString(folder.resolve("topics.yaml"), topics);
        Files.writeString(folder.resolve("actors.yaml"), actors);
        Files.writeString(folder.resolve("events.yaml"), events);
    }
}
