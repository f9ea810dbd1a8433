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
        List<String> features = new ArrayList<>();
        if (eventStart < 0 || eventStart >= atoms.size()) {
            features.add("tense:" + name(Tense.of(sentence)));
            return features;
        }
        int words = 0;
        int i = eventStart - 1;
        for (; i >= 0 && !atoms.isClauseBreak(i); i--) {
            if (!atoms.isWord(i)) {
                continue;
            }
            words++;
            String word = atoms.word(i);
            if (words <= SUBORDINATE_REACH && SUBORDINATORS.contains(word)) {
                features.add("sub:" + word);
            }
        }
        if (words < 3) {
            features.add("lead");
        }
        int at = atoms.start(eventStart);
        features.add("tense:" + name(Tense.at(sentence, at, at + atoms.length(eventStart))));
        return features;
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
