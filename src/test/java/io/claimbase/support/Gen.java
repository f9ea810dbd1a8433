package io.claimbase.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small seeded generator of test values for property tests and fuzzing ({@link Tries} runs the properties).
 * <p>
 * One seed per test run: {@code -Dfuzz.seed=N} when given, otherwise a random one; it is printed once, and
 * {@link Tries} names it in every failure, so a failing run can be repeated exactly. Every new {@code Gen} starts from
 * that seed, so a test method draws the same values whatever ran before it.
 * <p>
 * Edge cases are mixed in: each primitive draw ({@link #between(int, int)}, {@link #string}, {@link #anyChar()}, …)
 * returns one of its edge cases (bounds, zero, the empty string, NUL, a lone surrogate, …) one time in ten and a
 * random value otherwise, so edge cases turn up all through a run instead of using up its budget first.
 */
public final class Gen {

    /** Share of primitive draws that return an edge case. */
    private static final double EDGE_SHARE = 0.1;

    private static final int MAX_MISSES = 10_000;
    private static final long SEED = runSeed();

    private final SplittableRandom random = new SplittableRandom(SEED);

    /** The seed of this test run. */
    public static long seed() {
        return SEED;
    }

    /** A generator weighted by {@code weight} among the others of a {@link #frequency} draw. */
    public record Weighted<T>(int weight, Supplier<? extends T> generator) {

        public static <T> Weighted<T> weight(int weight, Supplier<? extends T> generator) {
            return new Weighted<>(weight, generator);
        }
    }

    // --- choices ----------------------------------------------------------------------------------------------------

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** One of {@code values}, each as likely. */
    public <T> T oneOf(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return values.get(random.nextInt(values.size()));
    }

    /** A value of one of {@code generators}, each as likely. */
    @SafeVarargs
    public final <T> T oneOf(Supplier<? extends T>... generators) {
        return oneOf(List.of(generators)).get();
    }

    /** A value of one of {@code generators}, chosen in proportion to its weight. */
    @SafeVarargs
    public final <T> T frequency(Weighted<? extends T>... generators) {
        int total = 0;
        for (Weighted<? extends T> generator : generators) {
            total += generator.weight();
        }
        int ticket = random.nextInt(total);
        for (Weighted<? extends T> generator : generators) {
            ticket -= generator.weight();
            if (ticket < 0) {
                return generator.generator().get();
            }
        }
        throw new IllegalArgumentException("weights must be positive");
    }

    /** With probability {@code EDGE_SHARE} one of {@code edgeCases}, otherwise a value of {@code generator}. */
    public <T> T mixIn(List<? extends T> edgeCases, Supplier<? extends T> generator) {
        return !edgeCases.isEmpty() && chance(EDGE_SHARE) ? oneOf(edgeCases) : generator.get();
    }

    /** A value of {@code generator}, present with probability {@code presence}. */
    public <T> Optional<T> optional(double presence, Supplier<? extends T> generator) {
        return chance(presence) ? Optional.of(generator.get()) : Optional.empty();
    }

    /** A value of {@code generator} that satisfies {@code condition} (drawing again until one does). */
    public <T> T suchThat(Supplier<? extends T> generator, Predicate<? super T> condition) {
        for (int miss = 0; miss < MAX_MISSES; miss++) {
            T value = generator.get();
            if (condition.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException(MAX_MISSES + " draws in a row missed the condition: fix the generator");
    }

    /** Between {@code min} and {@code max} values of {@code generator}; the shortest and longest lists mixed in. */
    public <T> List<T> listOf(int min, int max, Supplier<? extends T> generator) {
        int size = mixIn(List.of(min, max), () -> random.nextInt(min, max + 1));
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(generator.get());
        }
        return list;
    }

    // --- numbers ----------------------------------------------------------------------------------------------------

    /** An int from {@code min} to {@code max}, both included; the bounds, 0 and ±1 mixed in. */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** A long from {@code min} to {@code max}, both included; the bounds, 0 and ±1 mixed in. */
    public long between(long min, long max) {
        List<Long> edges = new ArrayList<>(List.of(min, max));
        for (long near : new long[] {-1, 0, 1, min + 1, max - 1}) {
            if (near >= min && near <= max) {
                edges.add(near);
            }
        }
        return mixIn(edges, () -> {
            if (max < Long.MAX_VALUE) {
                return random.nextLong(min, max + 1);
            }
            return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
        });
    }

    /**
     * A whole number of up to {@code maxDigits} digits, either sign, its length spread evenly (so 11-digit numbers are
     * as likely as 40-digit ones); ±10^maxDigits, 0 and ±1 mixed in.
     */
    public BigInteger digits(int maxDigits) {
        BigInteger bound = BigInteger.TEN.pow(maxDigits);
        return mixIn(List.of(bound, bound.negate(), BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate()), () -> {
            StringBuilder number = new StringBuilder(chance(0.5) ? "-" : "");
            int length = random.nextInt(1, maxDigits + 1);
            for (int i = 0; i < length; i++) {
                number.append((char) ('0' + random.nextInt(10)));
            }
            return new BigInteger(number.toString());
        });
    }

    // --- characters and strings -------------------------------------------------------------------------------------

    /** Any UTF-16 char, lone surrogates and noncharacters included; NUL, space, surrogates and U+FFFF mixed in. */
    public char anyChar() {
        return charBetween(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    /**
     * A char that is text: any char of the Basic Multilingual Plane except surrogates, noncharacters (U+FDD0–U+FDEF,
     * U+FFFE, U+FFFF) and private use (U+E000–U+F8FF), so it survives UTF-8; NUL, space and U+FFFD mixed in.
     */
    public char textChar() {
        return mixIn(
                List.of('\u0000', ' ', 'a', '\uFFFD'),
                () -> suchThat(
                        () -> (char) random.nextInt(0x10000),
                        c -> !Character.isSurrogate(c)
                                && !(c >= '\uFDD0' && c <= '\uFDEF')
                                && c < '\uFFFE'
                                && !(c >= '\uE000' && c <= '\uF8FF')));
    }

    /** A char from {@code from} to {@code to}, both included; the bounds mixed in. */
    public char charBetween(char from, char to) {
        List<Character> edges = new ArrayList<>(List.of(from, to));
        for (char edge : new char[] {'\u0000', ' ', 'a', '\uD800', '\uDFFF'}) {
            if (edge >= from && edge <= to) {
                edges.add(edge);
            }
        }
        return mixIn(edges, () -> (char) random.nextInt(from, to + 1));
    }

    /** One of the chars of {@code alphabet}. */
    public char charOf(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** A string of {@link #textChar() text chars} of at most {@code maxLength}; edge cases mixed in. */
    public String text(int maxLength) {
        return string(0, maxLength, this::textChar);
    }

    /** A string of {@link #anyChar() any chars} (lone surrogates included) of at most {@code maxLength}. */
    public String anyString(int maxLength) {
        return string(0, maxLength, this::anyChar);
    }

    /** A string of {@code minLength} to {@code maxLength} chars from {@code from} to {@code to}. */
    public String string(int minLength, int maxLength, char from, char to) {
        return string(minLength, maxLength, () -> charBetween(from, to));
    }

    /** A string of {@code minLength} to {@code maxLength} chars of {@code chars}; the shortest and longest mixed in. */
    public String string(int minLength, int maxLength, Supplier<Character> chars) {
        int length = mixIn(List.of(minLength, maxLength), () -> random.nextInt(minLength, maxLength + 1));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) chars.get());
        }
        return text.toString();
    }

    private static long runSeed() {
        String given = System.getProperty("fuzz.seed", "").trim();
        long seed = given.isEmpty() ? new SplittableRandom().nextLong() : Long.parseLong(given);
        System.out.println("[fuzz] seed " + seed + " (repeat this run with -Dfuzz.seed=" + seed + ")");
        return seed;
    }
}
