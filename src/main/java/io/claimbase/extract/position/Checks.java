package io.claimbase.extract.position;

import io.claimbase.extract.InvalidField;
import io.claimbase.extract.text.PhraseMatcher;
import java.util.List;

/**
 * Validation shared by the question data records. A failure names the field (relative to the record) so that the
 * error carries the JSON pointer of the value at fault, in {@code questions.yaml} as in {@code PUT /questions/{slug}}.
 */
final class Checks {

    private Checks() {}

    static String text(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, what + " is missing or blank");
        }
        return value.strip();
    }

    static <T> List<T> nonEmpty(List<T> values, String field, String what) {
        if (values == null || values.isEmpty()) {
            throw new InvalidField(field, what + " must list at least one entry");
        }
        return list(values, field, what);
    }

    /** A phrase must have a word to match ("..." or "!!" alone has none). */
    static String phrase(String value, String field) {
        if (new PhraseMatcher<>(PhraseMatcher.Options.clauses())
                .add(value, null)
                .isEmpty()) {
            throw new InvalidField(field, "phrase '" + value + "' has no words");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field, String what) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null || v instanceof String s && s.isBlank()) {
                throw new InvalidField(field + "/" + i, what + " has an empty entry");
            }
            if (v instanceof String s) {
                phrase(s, field + "/" + i);
            }
        }
        return List.copyOf(values);
    }
}
