package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Verb and noun forms by the regular spelling rules, irregular ones from the data. */
class WordFormsTest {

    /** A verb written as a lemma (irregular forms after slashes), or a noun after "noun:". */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"verbs", "nouns"})
    void writesEveryForm(String spec, List<String> forms) {
        Set<String> found =
                spec.startsWith("noun:") ? WordForms.noun(spec.substring("noun:".length())) : WordForms.verb(spec);
        assertEquals(Set.copyOf(forms), found);
    }

    static Stream<Arguments> verbs() {
        return Stream.of(
                Arguments.of("ink", List.of("ink", "inks", "inking", "inked")),
                Arguments.of("stage", List.of("stage", "stages", "staging", "staged")),
                Arguments.of("plan", List.of("plan", "plans", "planning", "planned")),
                Arguments.of("carry", List.of("carry", "carries", "carrying", "carried")),
                Arguments.of("finish", List.of("finish", "finishes", "finishing", "finished")),
                Arguments.of("open", List.of("open", "opens", "opening", "opened")),
                Arguments.of("tie", List.of("tie", "ties", "tying", "tied")),
                Arguments.of("hold/held", List.of("hold", "holds", "holding", "held")),
                Arguments.of(
                        "begin/began/begun/beginning",
                        List.of("begin", "begins", "begining", "began", "begun", "beginning")),
                Arguments.of("kick off", List.of("kick off", "kicks off", "kicking off", "kicked off")));
    }

    /** The plural of a noun's last word. */
    static Stream<Arguments> nouns() {
        return Stream.of(
                Arguments.of("noun:pact", List.of("pact", "pacts")),
                Arguments.of("noun:war game", List.of("war game", "war games")),
                Arguments.of("noun:embargo", List.of("embargo", "embargos")),
                Arguments.of("noun:policy", List.of("policy", "policies")),
                Arguments.of("noun:patch", List.of("patch", "patches")));
    }
}
