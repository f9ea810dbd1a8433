package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds cue phrases (word sequences) in {@link Tokens}; longest phrase first at each position. */
public final class PhraseMatcher {

    /** A phrase found at words {@code [from, to)}. */
    public record Match(int from, int to, String phrase) {}

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    public PhraseMatcher(Collection<String> phrases) {
        for (String phrase : phrases) {
            Tokens tokens = Tokens.of(phrase).words();
            if (tokens.size() == 0) {
                continue;
            }
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.word(i);
            }
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        byFirstWord
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt((String[] w) -> w.length).reversed()));
    }

    /** The longest phrase that starts at word {@code i}, or null. */
    public Match at(Tokens tokens, int i) {
        List<String[]> candidates = byFirstWord.get(tokens.word(i));
        if (candidates == null) {
            return null;
        }
        for (String[] phrase : candidates) {
            if (matches(tokens, i, phrase)) {
                return new Match(i, i + phrase.length, String.join(" ", phrase));
            }
        }
        return null;
    }

    /** The first match at or after word {@code from}, or null. */
    public Match find(Tokens tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Match match = at(tokens, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** All matches, left to right, not overlapping. */
    public List<Match> findAll(Tokens tokens) {
        List<Match> out = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            Match match = at(tokens, i);
            if (match == null) {
                i++;
            } else {
                out.add(match);
                i = match.to();
            }
        }
        return out;
    }

    public boolean contains(String word) {
        List<String[]> candidates = byFirstWord.get(word);
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            if (phrase.length == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Tokens tokens, int i, String[] phrase) {
        if (i + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(tokens.word(i + k))) {
                return false;
            }
        }
        return true;
    }
}
