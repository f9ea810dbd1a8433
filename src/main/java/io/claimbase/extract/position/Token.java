package io.claimbase.extract.position;

import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A word (lowercased, curly apostrophe made straight) or a clause-breaking punctuation mark, with its offsets in
 * the text it came from: one of {@link Tokens#clauses()}. Hyphens split words, so "pseudo-alliance" is two words.
 */
record Token(String norm, int start, int end, boolean word) {

    static List<Token> of(String text) {
        Tokens clauses = Tokens.of(text).clauses();
        List<Token> tokens = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            tokens.add(new Token(clauses.word(i), clauses.start(i), clauses.end(i), clauses.isWord(i)));
        }
        return tokens;
    }

    /** Whether this text word is {@code cueWord} or a plural / possessive of it. */
    boolean matches(String cueWord) {
        if (!word) {
            return false;
        }
        if (norm.equals(cueWord)) {
            return true;
        }
        if (!norm.startsWith(cueWord)) {
            return cueWord.endsWith("y") && norm.equals(cueWord.substring(0, cueWord.length() - 1) + "ies");
        }
        String rest = norm.substring(cueWord.length());
        return rest.equals("s") || rest.equals("es") || rest.equals("'s") || rest.equals("s'");
    }
}
