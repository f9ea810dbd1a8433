package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one phrase matcher of {@code extract/}: cue phrases, each with a value, compiled once into a trie over
 * lowercase words and found in {@link Tokens}. Rules common to every reader:
 * <ul>
 * <li>a phrase is read in the same {@link Tokens.View} as the text it is looked for in, whole tokens only; on the
 * words and clauses views its punctuation is dropped, and a trailing period is always optional ("U.S." matches
 * "U.S");</li>
 * <li>"..." (or "…") in a phrase is a gap of up to {@link Options#maxGap()} tokens.</li>
 * </ul>
 * What differs between readers is an explicit {@link Options}: how a word may be inflected, how long a gap may be and
 * whether it may cross punctuation, whether an uppercase letter in a phrase must be uppercase in the text ("US"
 * never matches "us"), and whether a leading "the" is optional ("the Kremlin" matches "Kremlin").
 *
 * <p>Add the phrases first, then only read: once built it is safe to share between threads.
 */
public final class PhraseMatcher<T> {

    /** How a word of the text may differ from the word of a phrase. */
    public enum Inflection {
        /** Only the word itself. */
        NONE,
        /**
         * The last word of a phrase without a gap, of four or more letters, also matches its plural (-s, -es, -ies),
         * where the text word itself continues no phrase (the taggers' rule).
         */
        PLURAL,
        /** Any word of a phrase also matches its plural or possessive (-s, -es, -ies, -'s, -s'), gaps included. */
        PLURAL_OR_POSSESSIVE
    }

    /**
     * @param view the tokens the phrases are read in (the text must be read in the same view)
     * @param maxGap how many tokens a "..." may skip
     * @param gapCrossesPunctuation whether a gap may skip punctuation tokens
     * @param capitals whether an uppercase letter of a phrase must be uppercase in the text
     * @param optionalThe whether a phrase's leading "the" is optional
     */
    public record Options(
            Tokens.View view,
            Inflection inflection,
            int maxGap,
            boolean gapCrossesPunctuation,
            boolean capitals,
            boolean optionalThe) {

        /** Exact words in {@link Tokens#words()}: claim kind, certainty and attribution cues. */
        public static Options words() {
            return new Options(Tokens.View.WORDS, Inflection.NONE, 0, false, false, false);
        }

        /** Clause tokens, plurals and possessives, short gaps within a clause: position and direction cues. */
        public static Options clauses() {
            return new Options(Tokens.View.CLAUSES, Inflection.PLURAL_OR_POSSESSIVE, 3, false, false, false);
        }

        /** Atoms with case-aware capitals and long gaps: the taggers' topics and events (plural of the last word). */
        public static Options atoms() {
            return new Options(Tokens.View.ATOMS, Inflection.PLURAL, 20, true, true, false);
        }

        public Options withInflection(Inflection value) {
            return new Options(view, value, maxGap, gapCrossesPunctuation, capitals, optionalThe);
        }

        public Options withOptionalThe() {
            return new Options(view, inflection, maxGap, gapCrossesPunctuation, capitals, true);
        }
    }

    /** A phrase found at tokens {@code [start, end)}: its value and how many words the phrase has. */
    public record Match<T>(int start, int end, T value, int words) {

        public int length() {
            return end - start;
        }

        public boolean overlaps(Match<?> other) {
            return start < other.end() && other.start() < end;
        }
    }

    /** One phrase: its value, insertion index, the tokens as written when it has capitals, the fragments after gaps. */
    private record Entry<T>(
            T value,
            int index,
            int words,
            String[] shape,
            boolean inflects,
            List<String[]> rest,
            int gap,
            boolean withinClause) {}

    private static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>(4);
        private final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private final Options options;
    private final Node<T> root = new Node<>();
    private int size;

    public PhraseMatcher(Options options) {
        this.options = options;
    }

    /** Exact phrases in words, each its own value. */
    public static PhraseMatcher<String> of(Collection<String> phrases) {
        PhraseMatcher<String> matcher = new PhraseMatcher<>(Options.words());
        phrases.forEach(phrase -> matcher.add(phrase, phrase));
        return matcher;
    }

    public PhraseMatcher<T> addAll(Collection<String> phrases, T value) {
        phrases.forEach(phrase -> add(phrase, value));
        return this;
    }

    /** Adds a phrase; one without words is left out. */
    public PhraseMatcher<T> add(String phrase, T value) {
        return add(phrase, value, options.maxGap(), false);
    }

    /**
     * Adds a phrase whose gaps skip at most {@code maxGap} tokens (instead of {@link Options#maxGap()}), never across
     * a clause break ({@link Tokens#isClauseBreak}): a short-range pair such as a verb and its object.
     */
    public PhraseMatcher<T> addPair(String phrase, T value, int maxGap) {
        return add(phrase, value, maxGap, true);
    }

    private PhraseMatcher<T> add(String phrase, T value, int maxGap, boolean withinClause) {
        List<String[]> parts = new ArrayList<>();
        String[] shape = null;
        for (String fragment : phrase.split("\\.\\.\\.|\u2026")) {
            Tokens tokens = options.view().of(fragment);
            List<Integer> kept = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                if (options.view() == Tokens.View.ATOMS || tokens.isWord(i)) {
                    kept.add(i);
                }
            }
            while (!kept.isEmpty() && tokens.word(kept.get(kept.size() - 1)).equals(".")) {
                kept.remove(kept.size() - 1);
            }
            if (options.optionalThe()
                    && parts.isEmpty()
                    && kept.size() > 1
                    && tokens.word(kept.get(0)).equals("the")) {
                kept.remove(0);
            }
            if (kept.isEmpty()) {
                continue;
            }
            if (parts.isEmpty()) {
                shape = options.capitals() ? shapeOf(tokens, kept) : null;
            }
            parts.add(kept.stream().map(tokens::word).toArray(String[]::new));
        }
        if (parts.isEmpty()) {
            return this;
        }
        int words = parts.stream().mapToInt(part -> part.length).sum();
        boolean inflects = switch (options.inflection()) {
            case NONE -> false;
            case PLURAL -> parts.size() == 1;
            case PLURAL_OR_POSSESSIVE -> true;
        };
        Entry<T> entry = new Entry<>(
                value,
                size++,
                words,
                shape,
                inflects,
                List.copyOf(parts.subList(1, parts.size())),
                maxGap,
                withinClause);
        Node<T> node = root;
        for (String word : parts.get(0)) {
            node = node.next.computeIfAbsent(word, w -> new Node<>());
        }
        node.entries.add(entry);
        return this;
    }

    private static String[] shapeOf(Tokens tokens, List<Integer> kept) {
        String[] shape = new String[kept.size()];
        boolean upper = false;
        for (int k = 0; k < shape.length; k++) {
            int i = kept.get(k);
            shape[k] = tokens.original(i);
            upper |= !shape[k].equals(tokens.word(i));
        }
        return upper ? shape : null;
    }

    /** Whether no phrase (with a word) has been added. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Every occurrence of every phrase, overlapping ones included, by start (then in the order added). */
    public List<Match<T>> all(Tokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        List<Found<T>> found = new ArrayList<>(2);
        for (int start = 0; start < tokens.size(); start++) {
            found.clear();
            collect(tokens, start, root, start, false, found);
            found.sort(Comparator.comparingInt(f -> f.entry().index()));
            found.forEach(f -> out.add(f.match()));
        }
        return out;
    }

    /**
     * The occurrences left when a longer one wins over the shorter ones it overlaps (at equal length, the earlier
     * one, then the one added first), in reading order.
     */
    public List<Match<T>> longest(Tokens tokens) {
        List<Match<T>> candidates = all(tokens);
        candidates.sort(Comparator.comparingInt((Match<T> m) -> -m.length()).thenComparingInt(Match::start));
        boolean[] taken = new boolean[tokens.size()];
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> candidate : candidates) {
            if (free(taken, candidate)) {
                Arrays.fill(taken, candidate.start(), candidate.end(), true);
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** The longest phrase that starts at token {@code i} (the one added first among equals), or null. */
    public Match<T> at(Tokens tokens, int i) {
        if (options.inflection() == Inflection.NONE && !root.next.containsKey(tokens.word(i))) {
            return null;
        }
        List<Found<T>> found = new ArrayList<>(2);
        collect(tokens, i, root, i, false, found);
        Match<T> best = null;
        int bestIndex = Integer.MAX_VALUE;
        for (Found<T> f : found) {
            Match<T> m = f.match();
            if (best == null
                    || m.length() > best.length()
                    || m.length() == best.length() && f.entry().index() < bestIndex) {
                best = m;
                bestIndex = f.entry().index();
            }
        }
        return best;
    }

    /** The first match at or after token {@code from} (the longest there), or null. */
    public Match<T> find(Tokens tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Match<T> match = at(tokens, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** Left to right, the longest match at each place, not overlapping. */
    public List<Match<T>> findAll(Tokens tokens) {
        List<Match<T>> out = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            Match<T> match = at(tokens, i);
            if (match == null) {
                i++;
            } else {
                out.add(match);
                i = match.end();
            }
        }
        return out;
    }

    public boolean foundIn(Tokens tokens) {
        List<Found<T>> found = new ArrayList<>(2);
        for (int start = 0; start < tokens.size() && found.isEmpty(); start++) {
            collect(tokens, start, root, start, false, found);
        }
        return !found.isEmpty();
    }

    /** Whether {@code word} alone is one of the phrases. */
    public boolean contains(String word) {
        Node<T> node = root.next.get(word);
        return node != null && node.entries.stream().anyMatch(e -> e.rest().isEmpty() && e.words() == 1);
    }

    private record Found<T>(Entry<T> entry, Match<T> match) {}

    /** Follows the trie from {@code node} with token {@code i} on, adding every phrase that ends on the way. */
    private void collect(Tokens tokens, int start, Node<T> node, int i, boolean inflected, List<Found<T>> out) {
        if (i > start) {
            for (Entry<T> entry : node.entries) {
                if ((!inflected || entry.inflects()) && caseFits(tokens, start, entry.shape())) {
                    int end = entry.rest().isEmpty() ? i : afterGaps(tokens, i, entry.rest(), 0, entry);
                    if (end > 0) {
                        out.add(new Found<>(entry, new Match<>(start, end, entry.value(), entry.words())));
                    }
                }
            }
        }
        if (i >= tokens.size() || inflected && options.inflection() == Inflection.PLURAL) {
            return;
        }
        String word = tokens.word(i);
        Node<T> exact = node.next.get(word);
        if (exact != null) {
            collect(tokens, start, exact, i + 1, inflected, out);
        }
        switch (options.inflection()) {
            case NONE -> {}
            case PLURAL -> {
                if (exact == null) {
                    Node<T> singular = plural(node, word);
                    if (singular != null) {
                        collect(tokens, start, singular, i + 1, true, out);
                    }
                }
            }
            case PLURAL_OR_POSSESSIVE -> {
                for (String stem : tokens.stems(i)) {
                    Node<T> next = node.next.get(stem);
                    if (next != null) {
                        collect(tokens, start, next, i + 1, inflected, out);
                    }
                }
            }
        }
    }

    /** The child for the singular of a plural word, for phrase words of four or more letters. */
    private static <T> Node<T> plural(Node<T> node, String word) {
        int length = word.length();
        if (length < 5 || word.charAt(length - 1) != 's') {
            return null;
        }
        Node<T> next = node.next.get(word.substring(0, length - 1));
        if (next == null && word.endsWith("es")) {
            next = node.next.get(word.substring(0, length - 2));
        }
        if (next == null && word.endsWith("ies")) {
            next = node.next.get(word.substring(0, length - 3) + "y");
        }
        return next;
    }

    private boolean wordMatches(Tokens tokens, int i, String phraseWord) {
        String word = tokens.word(i);
        if (word.equals(phraseWord)) {
            return true;
        }
        if (options.inflection() != Inflection.PLURAL_OR_POSSESSIVE) {
            return false;
        }
        for (String stem : tokens.stems(i)) {
            if (stem.equals(phraseWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the fragments after gaps end (exclusive), or -1 when they are not found, each within the gap from where
     * the one before ended (trying the nearest place first).
     */
    private int afterGaps(Tokens tokens, int from, List<String[]> rest, int part, Entry<T> entry) {
        if (part == rest.size()) {
            return from;
        }
        String[] fragment = rest.get(part);
        for (int skip = 0; skip <= entry.gap() && from + skip + fragment.length <= tokens.size(); skip++) {
            if (skip > 0 && !options.gapCrossesPunctuation() && !tokens.isWord(from + skip - 1)) {
                return -1;
            }
            if (skip > 0 && entry.withinClause() && tokens.isClauseBreak(from + skip - 1)) {
                return -1;
            }
            if (startsWith(tokens, from + skip, fragment)) {
                int end = afterGaps(tokens, from + skip + fragment.length, rest, part + 1, entry);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private boolean startsWith(Tokens tokens, int at, String[] fragment) {
        for (int k = 0; k < fragment.length; k++) {
            if (!wordMatches(tokens, at + k, fragment[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] taken, Match<?> match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every uppercase letter of the phrase is uppercase in the text. */
    private static boolean caseFits(Tokens tokens, int start, String[] shape) {
        if (shape == null) {
            return true;
        }
        for (int k = 0; k < shape.length; k++) {
            String written = shape[k];
            int limit = Math.min(written.length(), tokens.length(start + k));
            for (int c = 0; c < limit; c++) {
                if (Character.isUpperCase(written.charAt(c)) && !Character.isUpperCase(tokens.charAt(start + k, c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
