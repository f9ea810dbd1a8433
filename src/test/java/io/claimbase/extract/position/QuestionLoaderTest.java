package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.ExtractedPosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLoaderTest {

    /** A second question, made of data only: the assessor needs no code for it. */
    private static final String TWO_LEVEL_QUESTION = """
            questions:
              - slug: us-russia-relations
                text: "Are US-Russia relations adversarial or cooperative?"
                actors:
                  - id: united-states
                    aliases: [Washington, "United States", US]
                  - id: russia
                    aliases: [Russia, Moscow, Kremlin]
                scale:
                  - label: adversarial
                    score: 0
                    ifNegated: cooperative
                    cues: [adversaries, "acrimonious relationship", confrontation]
                  - label: cooperative
                    score: 1
                    cues: [rapprochement, "warmer relations", partners]
                negation:
                  window: 4
                  words: [not, no, never]
                trend:
                  strengthening: [warmer]
                  weakening: ["further apart"]
            """;

    private static List<Question> parse(String yaml) {
        return QuestionLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static String failure(String yaml) {
        return assertThrows(DomainDataException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void theShippedFileHasTheChinaRussiaQuestionWithItsOrderedScale() {
        List<Question> questions = QuestionLoader.loadFolder(Path.of("seeds/domain"));
        Question q = questions.stream()
                .filter(x -> x.slug().equals("china-russia-alignment"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("rivalry", "limited-partnership", "strategic-partnership", "quasi-alliance", "alliance"),
                q.scale().stream().map(ScaleLevel::label).toList());
        assertEquals(
                List.of(0.0, 1.0, 2.0, 3.0, 4.0),
                q.scale().stream().map(ScaleLevel::score).toList());
        assertEquals(
                List.of("china", "russia"),
                q.actors().stream().map(QuestionActor::id).toList());
        assertEquals("geopolitics.alignment", q.topic());
    }

    @Test
    void anotherQuestionNeedsOnlyData() {
        PositionAssessor assessor = new PositionAssessor(parse(TWO_LEVEL_QUESTION));
        List<ExtractedPosition> positions = assessor.assess(Claims.of(
                        "What started as a promise of rapprochement between Washington and Moscow is now a bitterly "
                                + "acrimonious relationship.",
                        "The Venezuela conflict is driving the United States and Russia further apart.")
                .list());
        assertEquals(1, positions.size());
        ExtractedPosition p = positions.get(0);
        assertEquals("us-russia-relations", p.question());
        assertEquals("adversarial", p.label());
        assertEquals(ExtractedPosition.Trend.WEAKENING, p.trend());
        assertTrue(
                new PositionAssessor(parse(TWO_LEVEL_QUESTION))
                        .assess(Claims.of("China and Russia are close partners.")
                                .list())
                        .isEmpty(),
                "an article on other actors gets no position on this question");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() {
        String message = failure("""
                questions:
                  - slug: a
                    text: "unterminated
                """);
        assertTrue(message.matches("test\\.yaml:\\d+: .*"), message);
    }

    private static String pointer(String yaml) {
        return assertThrows(DomainDataException.class, () -> parse(yaml)).pointer();
    }

    @Test
    void everyErrorCarriesTheJsonPointerOfTheFieldAtFault() {
        assertEquals("/questions/0/scale/1/score", pointer(TWO_LEVEL_QUESTION.replace("score: 1", "score: 0")));
        assertEquals(
                "/questions/0/scale/0/colour",
                pointer(TWO_LEVEL_QUESTION.replace(
                        "    ifNegated: cooperative", "    ifNegated: cooperative\n        colour: red")));
        assertEquals(
                "/questions/0/scale/0/ifNegated",
                pointer(TWO_LEVEL_QUESTION.replace("ifNegated: cooperative", "ifNegated: friendly")));
        assertEquals(
                "/questions/0/scale/1/cues/1", pointer(TWO_LEVEL_QUESTION.replace("\"warmer relations\"", "\"...\"")));
        assertEquals("/questions/0/negation/window", pointer(TWO_LEVEL_QUESTION.replace("window: 4", "window: 40")));
        assertEquals(
                "/questions/0/actors/1/aliases/1",
                pointer(TWO_LEVEL_QUESTION.replace("[Russia, Moscow", "[Russia, \" \"")));
        assertTrue(failure(TWO_LEVEL_QUESTION.replace("window: 4", "window: 40"))
                .endsWith("(at /questions/0/negation/window)"));
    }

    @Test
    void aQuestionIsCheckedAgainstTheGazetteerAndTaxonomy() {
        String one = TWO_LEVEL_QUESTION.replace("questions:\n  - ", "").replace("\n    ", "\n");
        assertEquals(
                "us-russia-relations",
                QuestionLoader.readOne(one, "body", io.claimbase.extract.SeedDomain.get())
                        .slug());
        DomainDataException unknownActor = assertThrows(
                DomainDataException.class,
                () -> QuestionLoader.readOne(
                        one.replace("id: russia", "id: atlantis"), "body", io.claimbase.extract.SeedDomain.get()));
        assertEquals("/actors/1/id", unknownActor.pointer());
        DomainDataException unknownTopic = assertThrows(
                DomainDataException.class,
                () -> QuestionLoader.readOne(
                        one.replace("text:", "topic: astrology\ntext:"),
                        "body",
                        io.claimbase.extract.SeedDomain.get()));
        assertEquals("/topic", unknownTopic.pointer());
    }

    @Test
    void anUnknownFieldNamesTheLineAndTheField() {
        String message = failure(TWO_LEVEL_QUESTION.replace(
                "    ifNegated: cooperative", "    ifNegated: cooperative\n        colour: red"));
        assertTrue(message.startsWith("test.yaml:13: "), message); // the line of the unknown key itself
        assertTrue(message.contains("colour"), message);
    }

    @Test
    void scoresThatDoNotIncreaseAreRejected() {
        String message = failure(TWO_LEVEL_QUESTION.replace("score: 1", "score: 0"));
        assertTrue(message.matches("test\\.yaml:\\d+: .*scale scores must increase.*"), message);
    }

    @Test
    void aNegationPointingToAnUnknownLabelIsRejected() {
        String message = failure(TWO_LEVEL_QUESTION.replace("ifNegated: cooperative", "ifNegated: friendly"));
        assertTrue(message.contains("unknown label 'friendly'"), message);
        assertTrue(message.matches("test\\.yaml:\\d+: .*"), message);
    }

    @Test
    void theReservedUndeterminedLabelCannotBeAScaleLabel() {
        String message = failure(TWO_LEVEL_QUESTION.replace("label: cooperative", "label: undetermined"));
        assertTrue(message.contains("reserved"), message);
    }

    @Test
    void aQuestionWithoutActorsIsRejected() {
        String message = failure("""
                questions:
                  - slug: lonely
                    text: "Who?"
                    actors: []
                    scale: []
                    negation: {window: 3, words: [not]}
                """);
        assertTrue(message.contains("actors must list at least one entry"), message);
    }

    @Test
    void aMissingFileNamesThePath() {
        String message = assertThrows(
                        DomainDataException.class, () -> QuestionLoader.load(Path.of("no/such/questions.yaml")))
                .getMessage();
        assertTrue(message.startsWith("no/such/questions.yaml"), message);
    }
}
