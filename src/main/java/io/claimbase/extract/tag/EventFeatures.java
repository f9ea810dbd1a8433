package io.claimbase.extract.tag;

import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The binary features the learned event-type model reads from a sentence, all of them things the tagger already has:
 * <ul>
 * <li>{@code w:word}: each lowercase word ({@link Tokens#words()}: hyphenated compounds stay one word); a word with
 * a digit is {@code w:<num>};</li>
 * <li>{@code b:word word}: each pair of neighbouring words;</li>
 * <li>{@code cue:type} (or {@code cue:none}): the event type the cue lists chose;</li>
 * <li>{@code cand:type}: each event type a cue named that no backdrop set aside; {@code seen:type}: each event type
 * a cue named at all; {@code backdrop}: a backdrop phrase was read ("ahead of", "amid").</li>
 * <li>{@code cuelen:n}, {@code cuefirst:word}: the length and first word of the cue that chose the event (see
 * {@link #cue}).</li>
 * </ul>
 */
public final class EventFeatures {

    private EventFeatures() {}

    public static List<String> of(
            Tokens tokens, String cue, Set<String> candidates, Set<String> mentioned, boolean backdrop) {
        Set<String> features = new LinkedHashSet<>();
        addWords(tokens, features);
        features.add("cue:" + (cue == null ? "none" : cue));
        candidates.forEach(type -> features.add("cand:" + type));
        mentioned.forEach(type -> features.add("seen:" + type));
        if (backdrop) {
            features.add("backdrop");
        }
        return new ArrayList<>(features);
    }

    /**
     * The event of the claim before ({@code previousCue}: the cue lists' event type of the previous claim, null:
     * none): {@code prev:type} (or {@code prev:none}), and where the sentence has no cue of its own ({@code cue}
     * null) also {@code carry:type}, so that the model can learn that a sentence giving a just-reported deal's terms
     * or a summit's outcome ("Under it, deliveries double by 2030.") continues that event.
     */
    public static List<String> previous(String previousCue, String cue) {
        String type = previousCue == null ? "none" : previousCue;
        return cue == null ? List.of("prev:" + type, "carry:" + type) : List.of("prev:" + type);
    }

    /** The longest cue length, in words, that {@code cuelen:} tells apart. */
    static final int CUE_LENGTHS = 3;

    /**
     * What the cue that chose the event looks like, so that the model learns how far each cue is to be trusted (a
     * bare "sanctions" is mostly a backdrop, "expelling" mostly an event): {@code cuelen:n}, its length in words (3:
     * three or more), and {@code cuefirst:word}, its first word ("imposed" of "imposed … sanctions").
     */
    public static List<String> cue(Tokens atoms, int start, int words) {
        return List.of("cuelen:" + Math.min(words, CUE_LENGTHS), "cuefirst:" + atoms.word(start));
    }

    /**
     * Words that put what follows them in a subordinate or backdrop clause: a time anchor ("after the summit"), a
     * condition ("if they sign"), a cause or a wish ("would", "could"): the event they come before is the backdrop of
     * the sentence, not what it reports.
     */
    static final Set<String> SUBORDINATORS = Set.of(
            "after",
            "since",
            "ahead",
            "following",
            "before",
            "until",
            "if",
            "unless",
            "would",
            "could",
            "when",
            "while",
            "amid",
            "despite",
            "because",
            "once",
            "whether",
            "might",
            "may",
            "should",
            "during");

    /** How many words before the event cue, within its clause, a subordinating word is looked for. */
    static final int SUBORDINATE_REACH = 6;

    /** How far before the event cue, in words of its clause, a negation or a modal word is looked for. */
    static final int NEGATION_REACH = 8;

    /** Words that deny an event ("has never signed", "no treaty", "remains unsigned"; "n't" split off a verb). */
    static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nor", "neither", "without", "unsigned", "n't");

    /**
     * Modal words not among {@link #SUBORDINATORS}: what will, can or must happen, is expected, planned or wanted,
     * rather than what took place.
     */
    static final Set<String> MODALS =
            Set.of("will", "can", "must", "expected", "likely", "plans", "plan", "want", "wants", "hopes", "due");

    /** Prepositions that put an event inside a phrase of another word ("talks on the deal", "pointed to drills"). */
    static final Set<String> PREPOSITIONS = Set.of(
            "of", "on", "in", "at", "for", "about", "against", "by", "with", "from", "to", "into", "over", "through",
            "between", "beyond", "than", "like", "as");

    /** Auxiliaries: right after the event word, the event is the subject of a finite verb ("the deal was …"). */
    static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
            "did", "does", "do", "must");

    /** How many words after the event word a negation of its verb is looked for ("the drills did not …"). */
    static final int NEGATION_AFTER_REACH = 6;

    /**
     * The structure features of a sentence around its cue event ({@code eventStart}: the cue's first atom, or -1
     * where no cue fired):
     * <ul>
     * <li>{@code sub:word}: a word of {@link #SUBORDINATORS} stands in the cue's clause at most
     * {@link #SUBORDINATE_REACH} words before it ("Since the drills began, …", "… would sign the accord");</li>
     * <li>{@code lead}: the cue opens its clause (within its first three words): the event is a subject, talked
     * about;</li>
     * <li>{@code tense:past}, {@code tense:future} (or {@code tense:none}): the tense of the cue's clause, of the
     * whole sentence where no cue fired (see {@link Tense}).</li>
     * </ul>
     */
    public static List<String> structure(String sentence, Tokens atoms, int eventStart) {
        return structure(sentence, atoms, eventStart, eventStart + 1);
    }

    /**
     * As {@link #structure(String, Tokens, int)}, with the cue's end ({@code eventEnd}, exclusive) known, and what
     * says whether the sentence claims the event or only names it:
     * <ul>
     * <li>{@code neg}: a word of {@link #NEGATIONS} at most {@link #NEGATION_REACH} words before the cue in its clause
     * ("has never signed a pact"); {@code negafter}: one just after it ("the drills did not …");</li>
     * <li>{@code mod:word}: a word of {@link #MODALS} there ("is expected to visit");</li>
     * <li>{@code pp:word}: a preposition at most three words before the cue: the event sits inside a phrase of
     * another word ("pointed to joint drills", "talks on a trade agreement");</li>
     * <li>{@code clause:first} or {@code clause:later}: whether the cue is in the sentence's first clause;</li>
     * <li>{@code next:word} (an auxiliary: {@code next:aux}; the clause ends: {@code next:end}): the word after the
     * cue, which tells an event that is the subject of a verb ("the patrols were …") from one that is its object;</li>
     * <li>where no cue fired, {@code sneg} and {@code smod:word}: a negation or a modal anywhere in the sentence.</li>
     * </ul>
     */
    public static List<String> structure(String sentence, Tokens atoms, int eventStart, int eventEnd) {
        Set<String> features = new LinkedHashSet<>();
        if (eventStart < 0 || eventStart >= atoms.size()) {
            features.add("tense:" + name(Tense.of(sentence)));
            for (int k = 0; k < atoms.size(); k++) {
                if (atoms.isWord(k) && isNegation(atoms, k)) {
                    features.add("sneg");
                } else if (atoms.isWord(k) && MODALS.contains(atoms.word(k))) {
                    features.add("smod:" + atoms.word(k));
                }
            }
            return new ArrayList<>(features);
        }
        int words = 0;
        int i = eventStart - 1;
        boolean preposition = false;
        for (; i >= 0 && !atoms.isClauseBreak(i); i--) {
            if (!atoms.isWord(i)) {
                continue;
            }
            words++;
            String word = atoms.word(i);
            if (words <= SUBORDINATE_REACH && SUBORDINATORS.contains(word)) {
                features.add("sub:" + word);
            }
            if (words <= NEGATION_REACH && isNegation(atoms, i)) {
                features.add("neg");
            }
            if (words <= NEGATION_REACH && MODALS.contains(word)) {
                features.add("mod:" + word);
            }
            if (!preposition && words <= 3 && PREPOSITIONS.contains(word)) {
                features.add("pp:" + word);
                preposition = true;
            }
        }
        if (words < 3) {
            features.add("lead");
        }
        boolean firstClause = true;
        for (int k = i; k >= 0 && firstClause; k--) {
            firstClause = !atoms.isClauseBreak(k);
        }
        features.add(firstClause ? "clause:first" : "clause:later");
        after(atoms, eventEnd, features);
        int at = atoms.start(eventStart);
        features.add("tense:" + name(Tense.at(sentence, at, at + atoms.length(eventStart))));
        return new ArrayList<>(features);
    }

    /** The {@code next:} and {@code negafter} features of the words after the cue (from atom {@code end}). */
    private static void after(Tokens atoms, int end, Set<String> features) {
        int next = end;
        while (next < atoms.size() && !atoms.isWord(next) && !atoms.isClauseBreak(next)) {
            next++;
        }
        if (next >= atoms.size() || atoms.isClauseBreak(next)) {
            features.add("next:end");
            return;
        }
        String word = atoms.word(next);
        features.add(AUXILIARIES.contains(word) ? "next:aux" : "next:" + word);
        for (int k = next; k < atoms.size() && k < next + NEGATION_AFTER_REACH && !atoms.isClauseBreak(k); k++) {
            if (atoms.isWord(k) && isNegation(atoms, k)) {
                features.add("negafter");
                return;
            }
        }
    }

    /** Whether atom {@code i} denies: a word of {@link #NEGATIONS}, a word ending "n't", or the "t" of "hasn't". */
    private static boolean isNegation(Tokens atoms, int i) {
        String word = atoms.word(i);
        return NEGATIONS.contains(word)
                || word.endsWith("n't")
                || (word.equals("t") && i > 0 && atoms.word(i - 1).equals("'"));
    }

    private static String name(Tense tense) {
        return switch (tense) {
            case PAST -> "past";
            case FUTURE -> "future";
            case UNKNOWN -> "none";
        };
    }

    /** The word and word-pair features ({@code w:}, {@code b:}) of a sentence, also read by the claim-kind model. */
    public static void addWords(Tokens tokens, Set<String> features) {
        features.addAll(tokens.words().derived(WORD_FEATURES));
    }

    /**
     * The distinct word and word-pair features of a sentence's words in their first order, made once for the three
     * models that read them (kept by the tokens).
     */
    private static final Function<Tokens, List<String>> WORD_FEATURES = EventFeatures::wordFeatures;

    private static List<String> wordFeatures(Tokens words) {
        Set<String> features = new LinkedHashSet<>();
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            String word = word(words.word(i));
            features.add("w:" + word);
            if (previous != null) {
                features.add("b:" + previous + " " + word);
            }
            previous = word;
        }
        return List.copyOf(features);
    }

    private static String word(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return "<num>";
            }
        }
        return word;
    }
}
