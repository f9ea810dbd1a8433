package io.claimbase.extract;

public enum Certainty {
    ASSERTED,
    HEDGED,
    NEGATED
}
