package io.claimbase.extract.position;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue phrase compiled to words; "..." in the source skips up to {@value #MAX_GAP} words of the text.
 */
final class Phrase {

    static final int MAX_GAP = 3;
    private static final String GAP = "...";

    private final List<String> parts;

    private Phrase(List<String> parts) {
        this.parts = parts;
    }

    static Phrase of(String source) {
        List<String> parts = new ArrayList<>();
        String[] pieces = source.split("\\.\\.\\.", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                parts.add(GAP);
            }
            Token.of(pieces[i]).stream().filter(Token::word).map(Token::norm).forEach(parts::add);
        }
        if (parts.stream().noneMatch(p -> !p.equals(GAP))) {
            throw new IllegalArgumentException("phrase '" + source + "' has no words");
        }
        return new Phrase(List.copyOf(parts));
    }

    /** The end (exclusive) of a match starting at token {@code at}, or -1. */
    int matchAt(List<Token> tokens, int at) {
        return match(tokens, at, 0);
    }

    private int match(List<Token> tokens, int t, int p) {
        if (p == parts.size()) {
            return t;
        }
        String part = parts.get(p);
        if (part.equals(GAP)) {
            for (int skip = 0; skip <= MAX_GAP && t + skip <= tokens.size(); skip++) {
                if (skip > 0 && !tokens.get(t + skip - 1).word()) {
                    break;
                }
                int end = match(tokens, t + skip, p + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        return t < tokens.size() && tokens.get(t).matches(part) ? match(tokens, t + 1, p + 1) : -1;
    }
}
