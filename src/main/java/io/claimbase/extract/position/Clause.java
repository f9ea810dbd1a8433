package io.claimbase.extract.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks back from a cue, within its clause, for a marker (a negation, a hypothetical) that governs it: at most
 * {@code window} words back, stopping at punctuation or a clause word ("but", "although").
 */
record Clause(int window, Set<String> clauseWords) {

    Clause(NegationRules rules) {
        this(rules.window(), Set.copyOf(rules.clauseWords()));
    }

    /**
     * The token index where a marker of the cue at {@code cueStart} begins, or -1.
     *
     * @param contracted whether any word ending in n't is a marker too
     */
    int markerBefore(List<Token> tokens, int cueStart, List<PhraseSet.Match<Boolean>> markers, boolean contracted) {
        int words = 0;
        for (int i = cueStart - 1; i >= 0 && words < window; i--) {
            Token t = tokens.get(i);
            if (!t.word() || clauseWords.contains(t.norm())) {
                return -1;
            }
            if (contracted && t.norm().endsWith("n't")) {
                return i;
            }
            int end = i + 1;
            Optional<PhraseSet.Match<Boolean>> marker =
                    markers.stream().filter(n -> n.end() == end).findFirst();
            if (marker.isPresent()) {
                return marker.get().start();
            }
            words++;
        }
        return -1;
    }
}
