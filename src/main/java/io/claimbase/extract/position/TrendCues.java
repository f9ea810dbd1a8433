package io.claimbase.extract.position;

import java.util.List;

/** Phrases for the direction a relationship is moving. */
public record TrendCues(List<String> strengthening, List<String> weakening, List<String> stable) {

    public TrendCues {
        strengthening = Checks.list(strengthening, "trend strengthening");
        weakening = Checks.list(weakening, "trend weakening");
        stable = Checks.list(stable, "trend stable");
    }
}
