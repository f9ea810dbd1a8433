package io.claimbase.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word (lowercased, curly apostrophe made straight) or a clause-breaking punctuation mark, with its offsets in
 * the text it came from. Hyphens split words, so "pseudo-alliance" is two words.
 */
record Token(String norm, int start, int end, boolean word) {

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[,;:()\\[\\]?!–—]|(?<=\\s)-(?=\\s)");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String s = m.group();
            boolean word = Character.isLetterOrDigit(s.codePointAt(0));
            tokens.add(new Token(s.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end(), word));
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
