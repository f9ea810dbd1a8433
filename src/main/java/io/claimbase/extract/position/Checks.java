package io.claimbase.extract.position;

import java.util.List;

/** Validation shared by the question data records; failures become a {@code DomainDataException} with a line. */
final class Checks {

    private Checks() {}

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing or blank");
        }
        return value.strip();
    }

    static <T> List<T> nonEmpty(List<T> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must list at least one entry");
        }
        return list(values, what);
    }

    static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null || v instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException(what + " has an empty entry");
        }
        return List.copyOf(values);
    }
}
