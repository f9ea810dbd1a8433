package io.claimbase.extract;

public enum ClaimKind {
    FACT,
    ASSESSMENT,
    PREDICTION,
    PRESCRIPTION
}
