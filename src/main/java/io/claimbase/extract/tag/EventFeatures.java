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
