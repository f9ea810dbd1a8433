package io.claimbase.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a property on generated values: every try runs, the failures are collected, and one failure at the end names
 * the seed of the run ({@link Gen#seed()}) and each failing value, so that it can be repeated exactly.
 */
public final class Tries {

    private static final int SHOWN = 5;
    private static final int MAX_DESCRIPTION = 600;

    /** A property of one generated value: passes by returning, fails by throwing. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    private Tries() {}

    /** Checks {@code property} on {@code tries} values of {@code values}. */
    public static <T> void forAll(int tries, Supplier<? extends T> values, Property<? super T> property) {
        List<String> failures = new ArrayList<>();
        List<Throwable> shown = new ArrayList<>();
        for (int i = 1; i <= tries; i++) {
            T value = values.get();
            try {
                property.check(value);
            } catch (Exception | AssertionError failure) {
                if (shown.size() < SHOWN) {
                    shown.add(failure);
                }
                failures.add("try " + i + " with " + describe(value) + "\n    -> " + describe(failure.getMessage()));
            }
        }
        if (!failures.isEmpty()) {
            AssertionError failed = new AssertionError(failures.size() + " of " + tries + " tries failed with seed "
                    + Gen.seed() + " (repeat with -Dfuzz.seed=" + Gen.seed() + "):\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(SHOWN, failures.size())))
                    + (failures.size() > SHOWN ? "\n  … and " + (failures.size() - SHOWN) + " more" : ""));
            shown.forEach(failed::addSuppressed);
            throw failed;
        }
    }

    /** The value as readable text: control, format and surrogate chars escaped, long text cut. */
    static String describe(Object value) {
        String text = String.valueOf(value);
        StringBuilder readable = new StringBuilder();
        text.codePoints().takeWhile(c -> readable.length() < MAX_DESCRIPTION).forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                readable.append(String.format("\\u%04X", c));
            } else {
                readable.appendCodePoint(c);
            }
        });
        if (readable.length() >= MAX_DESCRIPTION) {
            readable.append("… (").append(text.length()).append(" chars)");
        }
        return readable.toString();
    }
}
