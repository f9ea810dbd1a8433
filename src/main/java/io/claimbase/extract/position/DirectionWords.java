package io.claimbase.extract.position;

import java.util.List;
import java.util.Map;

/** The data of {@code directions.yaml}: words that say something goes up or down, and the subjects that move. */
public record DirectionWords(
        List<String> up,
        List<String> down,
        List<String> ignore,
        List<String> hypothetical,
        NegationRules negation,
        Map<String, List<String>> subjects,
        int subjectReach) {

    public DirectionWords {
        if (subjects == null || subjects.isEmpty()) {
            throw new IllegalArgumentException("subjects must list at least one subject");
        }
        subjects.forEach((name, words) -> Checks.nonEmpty(words, "subjects/" + name, "subject '" + name + "'"));
        subjects = Map.copyOf(subjects);
        if (subjectReach < 1 || subjectReach > 20) {
            throw new IllegalArgumentException("subjectReach must be between 1 and 20, was " + subjectReach);
        }
        up = Checks.nonEmpty(up, "up", "up");
        down = Checks.nonEmpty(down, "down", "down");
        ignore = Checks.list(ignore, "ignore", "ignore");
        hypothetical = Checks.list(hypothetical, "hypothetical", "hypothetical");
        if (negation == null) {
            throw new IllegalArgumentException("negation is missing");
        }
    }
}
