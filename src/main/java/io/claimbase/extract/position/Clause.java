package io.claimbase.extract.position;

import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks back from a cue, within its clause, for a marker (a negation, a hypothetical) that governs it: at most
 * {@code window} words back, stopping at punctuation or a clause word ("but", "although"); and, however far back in the
 * clause, a negative subject opening it ({@link #NEGATIVE_SUBJECTS}: "None of this makes the two countries allies") or
 * a conjunction whose clause runs to its end ({@link #REACHING}: "arguing over whether Russia and China are partners
 * or allies").
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
        int near = nearMarker(tokens, cueStart, markers, contracted);
        return near >= 0 ? near : clauseMarker(tokens, cueStart, markers);
    }

    private int nearMarker(Tokens tokens, int cueStart, List<Match<Boolean>> markers, boolean contracted) {
        int words = 0;
        for (int i = cueStart - 1; i >= 0 && words < window; i--) {
            int aside = asideBefore(tokens, i);
            if (aside >= 0) {
                // "It is not, however, an alliance": an aside between commas does not end the clause
                i = aside;
                continue;
            }
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

    /**
     * Subjects that deny everything their clause says, wherever the cue stands in it: "None of this makes the two
     * countries allies", "Nothing in the treaty binds either side to a war", "No one in Beijing calls it an alliance".
     * Each is a marker too (a negation word), so only a clause that {@code markers} would negate counts.
     */
    static final Set<String> NEGATIVE_SUBJECTS = Set.of("none", "nothing", "nobody", "no one", "neither");

    /**
     * Conjunctions that open a clause running to the end of theirs, so that every cue after them in it is inside: an
     * embedded question ("whether they are partners or allies") or a condition ("if the two ever signed a pact of
     * mutual defence"). Each is a marker too (a hypothetical), so only where {@code markers} has it.
     */
    static final Set<String> REACHING = Set.of("whether", "if");

    /** The longest clause, in words, a negative subject or a reaching conjunction governs. */
    private static final int CLAUSE_WORDS = 16;

    /**
     * The start of a marker that governs the rest of the cue's clause, at most {@link #CLAUSE_WORDS} words back: a
     * reaching conjunction ({@link #REACHING}) anywhere in the clause before the cue, or a negative subject ({@link
     * #NEGATIVE_SUBJECTS}) opening the clause (the sentence's start, or after punctuation or a clause word); -1 if none.
     */
    private int clauseMarker(Tokens tokens, int cueStart, List<Match<Boolean>> markers) {
        int words = 0;
        for (int i = cueStart - 1; i >= 0 && words < CLAUSE_WORDS; i--) {
            if (!tokens.isWord(i) || clauseWords.contains(tokens.word(i))) {
                return -1;
            }
            if (opensMarker(tokens, i, markers, REACHING)) {
                return i;
            }
            boolean opens = i == 0 || !tokens.isWord(i - 1) || clauseWords.contains(tokens.word(i - 1));
            if (opens) {
                return opensMarker(tokens, i, markers, NEGATIVE_SUBJECTS) ? i : -1;
            }
            words++;
        }
        return -1;
    }

    /** Whether one of {@code markers} starts at token {@code i} and is one of {@code phrases}. */
    private static boolean opensMarker(Tokens tokens, int i, List<Match<Boolean>> markers, Set<String> phrases) {
        return markers.stream().anyMatch(m -> m.start() == i && phrases.contains(phrase(tokens, m.start(), m.end())));
    }

    private static String phrase(Tokens tokens, int start, int end) {
        StringBuilder words = new StringBuilder();
        for (int k = start; k < end; k++) {
            words.append(k > start ? " " : "").append(tokens.word(k));
        }
        return words.toString();
    }

    /** Sentence adverbs that may stand between commas inside a clause ("not, however, an alliance"). */
    private static final Set<String> ASIDES = Set.of(
            "however",
            "though",
            "indeed",
            "moreover",
            "therefore",
            "thus",
            "then",
            "of course",
            "in fact",
            "in truth",
            "at least",
            "after all",
            "to be sure",
            "to be clear",
            "for now",
            "as yet",
            "strictly speaking");

    private static final int MAX_ASIDE_WORDS = 2;

    /**
     * When token {@code i} is the comma closing an aside (", however,", ", in fact,"), the index of the comma opening
     * it; else -1. An aside is one of {@link #ASIDES} and nothing else, between two commas.
     */
    private static int asideBefore(Tokens tokens, int i) {
        if (tokens.isWord(i) || !",".equals(tokens.word(i))) {
            return -1;
        }
        for (int j = i - 1; j >= 0 && i - j <= MAX_ASIDE_WORDS + 1; j--) {
            if (!tokens.isWord(j)) {
                if (!",".equals(tokens.word(j)) || j == i - 1) {
                    return -1;
                }
                return ASIDES.contains(phrase(tokens, j + 1, i)) ? j : -1;
            }
        }
        return -1;
    }
}
