package io.claimbase.extract.tag;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text split into word tokens (runs of letters and digits) and single punctuation tokens. Spaces (no-break ones
 * too), hyphens and dashes only separate tokens, so "Sino-Russian" is {@code sino russian} and "Kim Jong-un" is {@code kim jong un};
 * typographic apostrophes become {@code '}. Keeps the original offsets and spelling for case checks.
 */
final class Tokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;
    private final int size;

    private Tokens(String text, int[] starts, int[] ends, String[] lower, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
        this.size = size;
    }

    static Tokens of(String text) {
        int capacity = Math.max(8, text.length() / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = i + 1;
                while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
            } else if (isSpace(c) || isDash(c)) {
                i++;
                continue;
            } else {
                end = i + 1;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = i;
            ends[size] = end;
            size++;
            i = end;
        }
        String[] lower = new String[size];
        for (int t = 0; t < size; t++) {
            lower[t] = normalise(text, starts[t], ends[t]);
        }
        return new Tokens(text, starts, ends, lower, size);
    }

    private static String normalise(String text, int start, int end) {
        if (end - start == 1) {
            char c = text.charAt(start);
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                return "'";
            }
            if (c == '\u201C' || c == '\u201D') {
                return "\"";
            }
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The text with every Unicode space (no-break, thin, narrow…) turned into a plain space, so that regular
     * expressions' {@code \s} sees it; same length, so offsets stay valid. The text itself when it has none.
     */
    static String spaced(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Character.isSpaceChar(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    static boolean isDash(char c) {
        return c == '-'
                || c == '\u2010'
                || c == '\u2011'
                || c == '\u2012'
                || c == '\u2013'
                || c == '\u2014'
                || c == '\u2212';
    }

    int size() {
        return size;
    }

    String lower(int token) {
        return lower[token];
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** The token as written. */
    String original(int token) {
        return text.substring(starts[token], ends[token]);
    }

    char charAt(int token, int index) {
        return text.charAt(starts[token] + index);
    }

    int length(int token) {
        return ends[token] - starts[token];
    }
}
