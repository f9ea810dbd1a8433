package io.claimbase.extract.position;

import java.util.List;

/** Phrases for the direction a relationship is moving. */
public record TrendCues(List<String> strengthening, List<String> weakening, List<String> stable) {

    public TrendCues {
        strengthening = Checks.list(strengthening, "strengthening", "trend strengthening");
        weakening = Checks.list(weakening, "weakening", "trend weakening");
        stable = Checks.list(stable, "stable", "trend stable");
    }
}
