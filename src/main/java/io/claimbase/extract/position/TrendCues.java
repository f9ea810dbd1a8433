package io.claimbase.extract.position;

import java.util.List;

/**
 * Phrases for the direction a relationship is moving. {@code antagonism}: nouns of distance or rivalry ("rivalry",
 * "gap", "mistrust"); {@code growth}: words that say something grows ("growing", "sharpening", "widening"). A growth
 * word or a strengthening phrase next to an antagonism noun in one clause ("the competition is sharpening", "deepening
 * mistrust", "the gap between them is widening") says the relationship is weakening.
 */
public record TrendCues(
        List<String> strengthening,
        List<String> weakening,
        List<String> stable,
        List<String> antagonism,
        List<String> growth) {

    public TrendCues {
        strengthening = Checks.list(strengthening, "strengthening", "trend strengthening");
        weakening = Checks.list(weakening, "weakening", "trend weakening");
        stable = Checks.list(stable, "stable", "trend stable");
        antagonism = Checks.list(antagonism, "antagonism", "trend antagonism");
        growth = Checks.list(growth, "growth", "trend growth");
    }
}
