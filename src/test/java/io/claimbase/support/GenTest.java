package io.claimbase.support;

import static io.claimbase.support.Gen.Weighted.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator the property tests and the fuzz rely on: repeatable, edge cases mixed in, in range. */
class GenTest {

    private final Gen gen = new Gen();

    @Test
    void twoGeneratorsOfOneRunDrawTheSameValues() {
        Gen other = new Gen();
        for (int i = 0; i < 200; i++) {
            assertEquals(gen.anyString(50), other.anyString(50));
            assertEquals(gen.between(-5L, Long.MAX_VALUE), other.between(-5L, Long.MAX_VALUE));
        }
    }

    @Test
    void edgeCasesAreMixedInWithRandomValuesNotDrawnFirst() {
        List<Integer> draws =
                IntStream.range(0, 2000).mapToObj(i -> gen.between(-5, 300)).toList();
        List<Integer> edgesAt = new ArrayList<>();
        for (int i = 0; i < draws.size(); i++) {
            if (List.of(-5, 300).contains(draws.get(i))) {
                edgesAt.add(i);
            }
        }
        assertTrue(
                edgesAt.size() > 40 && edgesAt.size() < 200,
                "the bounds are among the edge cases one draw in ten returns: " + edgesAt.size());
        assertTrue(edgesAt.get(edgesAt.size() - 1) > 1000, "edge cases keep coming late in the run: " + edgesAt);
        assertTrue(draws.stream().distinct().count() > 250, "the rest are spread over the range");
        assertTrue(draws.stream().allMatch(v -> v >= -5 && v <= 300));
    }

    @Test
    void textCharsAreRealCharactersButAnyCharsIncludeLoneSurrogates() {
        String text = gen.text(20_000);
        assertFalse(
                text.chars()
                        .anyMatch(c -> Character.isSurrogate((char) c)
                                || c >= 0xFFFE
                                || (c >= 0xE000 && c <= 0xF8FF)
                                || (c >= 0xFDD0 && c <= 0xFDEF)),
                "no surrogates or noncharacters");
        String any = IntStream.range(0, 50).mapToObj(i -> gen.anyString(2000)).reduce("", String::concat);
        assertTrue(any.chars().anyMatch(c -> Character.isSurrogate((char) c)), "lone surrogates among any chars");
    }

    @Test
    void frequencyFollowsTheWeights() {
        long heavy = IntStream.range(0, 4000)
                .filter(i -> gen.frequency(weight(3, () -> true), weight(1, () -> false)))
                .count();
        assertTrue(heavy > 2800 && heavy < 3200, "three in four: " + heavy);
    }

    @Test
    void digitLengthsAreSpreadSoMidSizedNumbersTurnUp() {
        List<Integer> lengths = IntStream.range(0, 1000)
                .mapToObj(i -> gen.digits(40).abs().toString().length())
                .toList();
        assertTrue(lengths.stream().allMatch(n -> n <= 41));
        assertTrue(lengths.stream().filter(n -> n >= 10 && n <= 19).count() > 150, "numbers past int and long");
    }

    @Test
    void aFailingPropertyNamesTheSeedAndTheValue() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> Tries.forAll(500, () -> gen.between(0, 9), v -> assertTrue(v != 3, "three")));
        assertTrue(failure.getMessage().contains("-Dfuzz.seed=" + Gen.seed()), failure.getMessage());
        assertTrue(failure.getMessage().contains(" with 3\n    -> three"), failure.getMessage());
    }
}
