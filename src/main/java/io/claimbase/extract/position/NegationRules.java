package io.claimbase.extract.position;

import java.util.List;

/**
 * When a cue is negated: a negator ({@code words}, or any word ending in n't) at most {@code window} words before it
 * in the same clause. A clause ends at , ; : ( ) a dash, or one of {@code clauseWords}.
 */
public record NegationRules(int window, List<String> words, List<String> clauseWords) {

    public NegationRules {
        if (window < 1 || window > 12) {
            throw new io.claimbase.extract.InvalidField(
                    "window", "negation window must be between 1 and 12, was " + window);
        }
        words = Checks.nonEmpty(words, "words", "negation words");
        clauseWords = Checks.list(clauseWords, "clauseWords", "negation clauseWords");
    }
}
