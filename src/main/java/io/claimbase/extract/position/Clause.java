package io.claimbase.extract.position;

import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.Tokens;
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
    int markerBefore(Tokens tokens, int cueStart, List<Match<Boolean>> markers, boolean contracted) {
        int words = 0;
        for (int i = cueStart - 1; i >= 0 && words < window; i--) {
            if (!tokens.isWord(i) || clauseWords.contains(tokens.word(i))) {
                return -1;
            }
            if (contracted && tokens.word(i).endsWith("n't")) {
                return i;
            }
            int end = i + 1;
            Optional<Match<Boolean>> marker =
                    markers.stream().filter(n -> n.end() == end).findFirst();
            if (marker.isPresent()) {
                return marker.get().start();
            }
            words++;
        }
        return -1;
    }
}
