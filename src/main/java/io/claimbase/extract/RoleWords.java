package io.claimbase.extract;

import io.claimbase.extract.text.Tokens;
import java.util.Collection;
import java.util.Set;

/** The words that make a line a role or an affiliation ("professor", "fellow", "institute"), from the cues. */
final class RoleWords {

    private final Set<String> words;

    RoleWords(Collection<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Whether {@code text} has one of the role words. */
    boolean in(String text) {
        Tokens tokens = Tokens.of(text).words();
        for (int i = 0; i < tokens.size(); i++) {
            if (words.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }
}
