package io.claimbase.extract;

/** A W3C-style text quote selector: the exact text plus a little context on each side, for highlighting. */
public record QuoteSelector(String exact, String prefix, String suffix) {}
