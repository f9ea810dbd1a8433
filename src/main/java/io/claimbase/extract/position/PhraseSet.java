package io.claimbase.extract.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Phrases, each with a value, found in a token list. */
final class PhraseSet<T> {

    record Match<T>(int start, int end, T value) {

        boolean overlaps(Match<?> other) {
            return start < other.end && other.start < end;
        }
    }

    private record Entry<T>(Phrase phrase, T value) {}

    private final List<Entry<T>> entries = new ArrayList<>();

    PhraseSet<T> add(String phrase, T value) {
        entries.add(new Entry<>(Phrase.of(phrase), value));
        return this;
    }

    PhraseSet<T> addAll(List<String> phrases, T value) {
        phrases.forEach(p -> add(p, value));
        return this;
    }

    /** Every occurrence of every phrase, overlapping ones included. */
    List<Match<T>> all(List<Token> tokens) {
        List<Match<T>> found = new ArrayList<>();
        for (int at = 0; at < tokens.size(); at++) {
            for (Entry<T> e : entries) {
                int end = e.phrase().matchAt(tokens, at);
                if (end > at) {
                    found.add(new Match<>(at, end, e.value()));
                }
            }
        }
        return found;
    }

    /** Occurrences where a longer phrase wins over the shorter ones it overlaps, in reading order. */
    List<Match<T>> longest(List<Token> tokens) {
        List<Match<T>> candidates = all(tokens);
        candidates.sort(
                Comparator.<Match<T>>comparingInt(m -> m.start() - m.end()).thenComparingInt(Match::start));
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> m : candidates) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    boolean foundIn(List<Token> tokens) {
        for (int at = 0; at < tokens.size(); at++) {
            for (Entry<T> e : entries) {
                if (e.phrase().matchAt(tokens, at) > at) {
                    return true;
                }
            }
        }
        return false;
    }
}
