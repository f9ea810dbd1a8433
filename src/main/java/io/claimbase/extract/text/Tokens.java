package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one tokenizer of {@code extract/}. It scans a text once into pieces: runs of letters and digits, and single
 * other characters; spaces (no-break ones too) only separate pieces. Every reader works on one of three views of
 * that scan, each a {@code Tokens} with lowercase words (curly apostrophes made straight) and their offsets:
 * <ul>
 * <li>{@link #of}, the <b>atoms</b>: every piece but hyphens and dashes, so punctuation is a token of its own
 * ("U.S." is {@code u . s .}, "Xi’s" is {@code xi ' s}); topics, actors, events, time and figures are read on
 * these;</li>
 * <li>{@link #words()}: words only, letters and digits joined by an inner apostrophe, hyphen or dot ("Jong-un",
 * "U.S", "6.86"), a contraction split off as its own word ("did" "n't"); the claim kind, certainty and attribution
 * cues are read on these;</li>
 * <li>{@link #clauses()}: words joined by an apostrophe before letters ("Russia's", "don't") and the punctuation
 * that breaks a clause ({@code , ; : ( ) [ ] ? ! – —}, but not an en dash between two words; and a hyphen between
 * spaces); positions and directions are read on these.</li>
 * </ul>
 * <b>The hyphen rule</b>: a hyphen or dash separates pieces, in every view; only {@link #words()} joins a
 * hyphenated compound back into one word, because a negation cue must not fire inside one ("no-limits partnership"
 * is no negation: splitting it there costs blind set 4 one claim of certainty and one of attribution, measured
 * 2026-12-06). So "Sino-Russian" is {@code sino russian} for the taggers and the position readers.
 */
public final class Tokens {

    /** The three views of a scan (see the class comment). */
    public enum View {
        ATOMS,
        WORDS,
        CLAUSES;

        /** The text's tokens in this view. */
        public Tokens of(String text) {
            Tokens atoms = Tokens.of(text);
            return switch (this) {
                case ATOMS -> atoms;
                case WORDS -> atoms.words();
                case CLAUSES -> atoms.clauses();
            };
        }
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    private final boolean[] isWord;
    private final View view;
    /** {@link #stems} of each token, computed the first time a matcher asks (null: not yet). */
    private String[][] stems;
    /** The {@link #words()} and {@link #clauses()} views of this scan, made the first time they are asked for. */
    private Tokens wordsView;

    private Tokens clausesView;
    /** The one value {@link #derived} keeps, with the function that made it (null: none yet). */
    private Derived derived;

    private record Derived(Function<Tokens, ?> function, Object value) {}

    private Tokens(String text, int[] starts, int[] ends, String[] words, boolean[] isWord, View view) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.isWord = isWord;
        this.view = view;
    }

    /** The atoms of a text: words (runs of letters and digits) and punctuation, without hyphens and dashes. */
    public static Tokens of(String text) {
        Builder out = new Builder(text, View.ATOMS);
        Pieces pieces = Pieces.of(text);
        for (int p = 0; p < pieces.size; p++) {
            if (!isDash(text.charAt(pieces.starts[p]))) {
                out.add(pieces.starts[p], pieces.ends[p], atom(text, pieces.starts[p], pieces.ends[p]));
            }
        }
        return out.build();
    }

    /** This text's words: no punctuation, inner apostrophes, hyphens and dots join, "n't" split off. */
    public Tokens words() {
        if (view == View.WORDS) {
            return this;
        }
        if (wordsView == null) {
            wordsView = wordsOf();
        }
        return wordsView;
    }

    private Tokens wordsOf() {
        Pieces pieces = Pieces.of(text);
        Builder out = new Builder(text, View.WORDS);
        int p = 0;
        while (p < pieces.size) {
            if (!pieces.alnum(p)) {
                p++;
                continue;
            }
            int start = pieces.starts[p];
            int last = p;
            while (last + 2 < pieces.size
                    && pieces.attached(last, last + 1)
                    && pieces.attached(last + 1, last + 2)
                    && isJoiner(text.charAt(pieces.starts[last + 1]))
                    && pieces.alnum(last + 2)) {
                last += 2;
            }
            int end = pieces.ends[last];
            String word = normalise(text.substring(start, end));
            int split = word.endsWith("n't") && word.length() > 3 ? word.length() - 3 : -1;
            if (split > 0) {
                out.add(start, start + split, word.substring(0, split));
                out.add(start + split, end, "n't");
            } else {
                out.add(start, end, word);
            }
            p = last + 1;
        }
        return out.build();
    }

    /** This text's words (an apostrophe before letters joins) and clause-breaking punctuation. */
    public Tokens clauses() {
        if (view == View.CLAUSES) {
            return this;
        }
        if (clausesView == null) {
            clausesView = clausesOf();
        }
        return clausesView;
    }

    private Tokens clausesOf() {
        Pieces pieces = Pieces.of(text);
        Builder out = new Builder(text, View.CLAUSES);
        int p = 0;
        while (p < pieces.size) {
            int start = pieces.starts[p];
            char first = text.charAt(start);
            if (!pieces.alnum(p)) {
                // an en dash set between two words ("Moscow–Beijing", "the Russia–China tie") joins them as a hyphen
                // does; spaced, or an em dash, it breaks the clause
                boolean joiner = first == '\u2013' && between(start);
                if (!joiner && CLAUSE_BREAKS.indexOf(first) >= 0 || first == '-' && spaceAround(start)) {
                    out.addPunctuation(start, pieces.ends[p], String.valueOf(first));
                }
                p++;
                continue;
            }
            int last = p;
            while (last + 2 < pieces.size
                    && pieces.attached(last, last + 1)
                    && pieces.attached(last + 1, last + 2)
                    && isApostrophe(text.charAt(pieces.starts[last + 1]))
                    && Character.isLetter(text.charAt(pieces.starts[last + 2]))) {
                last += 2;
            }
            out.add(start, pieces.ends[last], normalise(text.substring(start, pieces.ends[last])));
            p = last + 1;
        }
        return out.build();
    }

    private static final String CLAUSE_BREAKS = ",;:()[]?!\u2013\u2014";

    /** Whether the character at {@code at} stands between a letter or digit on each side, with no space. */
    private boolean between(int at) {
        return at > 0
                && at + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private boolean spaceAround(int at) {
        return at > 0 && at + 1 < text.length() && isBlank(text.charAt(at - 1)) && isBlank(text.charAt(at + 1));
    }

    /** The whitespace of a regular expression's {@code \s}. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String normalise(String written) {
        return written.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static String atom(String text, int start, int end) {
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

    private static boolean isJoiner(char c) {
        return isApostrophe(c) || c == '-' || c == '.' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static boolean isDash(char c) {
        return c == '-'
                || c == '\u2010'
                || c == '\u2011'
                || c == '\u2012'
                || c == '\u2013'
                || c == '\u2014'
                || c == '\u2212';
    }

    /**
     * The text with every Unicode space (no-break, thin, narrow…) turned into a plain space, so that regular
     * expressions' {@code \s} sees it; same length, so offsets stay valid. The text itself when it has none.
     */
    public static String spaced(String text) {
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

    public int size() {
        return words.length;
    }

    /** The lowercase word (or punctuation mark). */
    public String word(int i) {
        return words[i];
    }

    /** Whether token {@code i} is punctuation that breaks a clause ({@code , ; : ( ) [ ] ? ! – —}). */
    public boolean isClauseBreak(int i) {
        return !isWord[i] && words[i].length() == 1 && CLAUSE_BREAKS.indexOf(words[i].charAt(0)) >= 0;
    }

    /**
     * The words a plural or possessive word may come from ("allies": "ally", "allie", "alli"; "russia's": "russia"),
     * the word itself left out; none for punctuation and for words that end neither in "s" nor in "s'". Computed once
     * a token: every phrase matcher asks it of every word at every trie node it reaches (a {@code Tokens} belongs to
     * the one reading that made it, so the cache is not shared between threads).
     */
    /**
     * What {@code function} makes of these tokens (a model's word features, say), made once and kept while the same
     * function asks again; the function must depend on nothing but the tokens. Like the tokens, not for sharing
     * between threads while it is being filled (it is then made twice, with the same result).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<Tokens, T> function) {
        Derived kept = derived;
        if (kept != null && kept.function() == function) {
            return (T) kept.value();
        }
        T value = function.apply(this);
        derived = new Derived(function, value);
        return value;
    }

    public String[] stems(int i) {
        if (stems == null) {
            stems = new String[words.length][];
        }
        String[] found = stems[i];
        if (found == null) {
            found = isWord[i] ? stemsOf(words[i]) : NO_STEMS;
            stems[i] = found;
        }
        return found;
    }

    private static final String[] NO_STEMS = new String[0];

    private static String[] stemsOf(String word) {
        int length = word.length();
        boolean plural = length > 1 && word.charAt(length - 1) == 's';
        boolean possessive = length > 1 && word.charAt(length - 1) == '\'' && word.charAt(length - 2) == 's';
        if (!plural && !possessive) {
            return NO_STEMS;
        }
        List<String> out = new ArrayList<>(3);
        if (plural) {
            out.add(word.substring(0, length - 1));
        }
        if (word.endsWith("es") || word.endsWith("'s") || possessive) {
            out.add(word.substring(0, length - 2));
        }
        if (word.endsWith("ies")) {
            out.add(word.substring(0, length - 3) + "y");
        }
        out.removeIf(String::isEmpty);
        return out.toArray(NO_STEMS);
    }

    /** Whether token {@code i} is a word, not punctuation. */
    public boolean isWord(int i) {
        return isWord[i];
    }

    /** The token as written in the text. */
    public String original(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    /** Character {@code index} of token {@code i} as written. */
    public char charAt(int i, int index) {
        return text.charAt(starts[i] + index);
    }

    public String text() {
        return text;
    }

    public boolean startsUppercase(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** The scan: runs of letters and digits, and single other characters, without spaces. */
    private record Pieces(String text, int[] starts, int[] ends, int size) {

        static Pieces of(String text) {
            int length = text.length();
            int capacity = Math.max(8, length / 3);
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int size = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                if (Character.isLetterOrDigit(c)) {
                    while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                        end++;
                    }
                }
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                starts[size] = i;
                ends[size++] = end;
                i = end;
            }
            return new Pieces(text, starts, ends, size);
        }

        boolean alnum(int p) {
            return Character.isLetterOrDigit(text.charAt(starts[p]));
        }

        /** Piece {@code b} follows piece {@code a} with nothing between them. */
        boolean attached(int a, int b) {
            return ends[a] == starts[b];
        }
    }

    private static final class Builder {
        private final String text;
        private final View view;
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private String[] words = new String[16];
        private boolean[] isWord = new boolean[16];
        private int size;

        Builder(String text, View view) {
            this.text = text;
            this.view = view;
        }

        void add(int start, int end, String word) {
            put(start, end, word, Character.isLetterOrDigit(text.charAt(start)));
        }

        void addPunctuation(int start, int end, String mark) {
            put(start, end, mark, false);
        }

        private void put(int start, int end, String word, boolean letters) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                words = Arrays.copyOf(words, size * 2);
                isWord = Arrays.copyOf(isWord, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            words[size] = word;
            isWord[size++] = letters;
        }

        Tokens build() {
            return new Tokens(
                    text,
                    Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size),
                    Arrays.copyOf(words, size),
                    Arrays.copyOf(isWord, size),
                    view);
        }
    }
}
