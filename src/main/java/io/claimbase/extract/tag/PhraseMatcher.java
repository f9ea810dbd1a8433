package io.claimbase.extract.tag;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds topic cues, actor aliases and event cues in a sentence with one trie over lowercase tokens, built once from
 * the {@link DomainModel}. Rules:
 * <ul>
 * <li>whole tokens only (see {@link Tokens}); a trailing period of an alias is optional ("U.S." matches "U.S"), and
 * so is a leading "the" ("the Kremlin" matches "Kremlin");</li>
 * <li>an uppercase letter in a phrase must be uppercase in the text ("US" never matches "us");</li>
 * <li>topic and event cue words of four or more letters also match their plural (-s, -es, -ies);</li>
 * <li>"..." in a cue is a gap of up to {@value #MAX_GAP} tokens;</li>
 * <li>within a layer (topics, actors, events, event backdrops) the longest phrase wins and matches never overlap; an ignore phrase
 * wins like any other and yields nothing.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class PhraseMatcher {

    static final int MAX_GAP = 20;
    private static final String GAP = "...";

    enum Layer {
        TOPIC,
        ACTOR,
        EVENT,
        BACKDROP
    }

    /**
     * One phrase. {@code target} is a topic, actor or event id, or null for an ignore phrase; {@code shape} holds the
     * tokens as written when the phrase has uppercase letters (else null); {@code rest} holds the fragments after
     * each gap.
     */
    record Entry(
            Layer layer,
            String target,
            String[] shape,
            int words,
            int priority,
            boolean inflects,
            List<String[]> rest) {}

    /** A selected phrase occurrence, tokens {@code [start, end)}. */
    record Match(Entry entry, int start, int end) {

        int length() {
            return end - start;
        }
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();

    PhraseMatcher(DomainModel domain) {
        for (DomainModel.Topic topic : domain.topics()) {
            topic.cues().forEach(cue -> add(Layer.TOPIC, topic.id(), cue, 0));
        }
        domain.ignoredTopicPhrases().forEach(phrase -> add(Layer.TOPIC, null, phrase, 0));
        for (DomainModel.Actor actor : domain.actors()) {
            actor.allAliases().forEach(alias -> add(Layer.ACTOR, actor.id(), alias, 0));
        }
        domain.ignoredActorPhrases().forEach(phrase -> add(Layer.ACTOR, null, phrase, 0));
        for (DomainModel.EventType event : domain.eventTypes()) {
            event.cues().forEach(cue -> add(Layer.EVENT, event.id(), cue, event.priority()));
        }
        domain.ignoredEventPhrases().forEach(phrase -> add(Layer.EVENT, null, phrase, 0));
        domain.eventBackdropPhrases().forEach(phrase -> add(Layer.BACKDROP, phrase, phrase, 0));
    }

    private void add(Layer layer, String target, String phrase, int priority) {
        List<String[]> parts = new ArrayList<>();
        String[] shape = null;
        for (String fragment : phrase.split("\\.\\.\\.|\u2026")) {
            Tokens tokens = Tokens.of(fragment);
            int size = tokens.size();
            while (size > 0 && tokens.word(size - 1).equals(".")) {
                size--;
            }
            int from = layer == Layer.ACTOR
                            && parts.isEmpty()
                            && size > 1
                            && tokens.word(0).equals("the")
                    ? 1
                    : 0;
            if (size == from) {
                continue;
            }
            String[] words = new String[size - from];
            for (int i = from; i < size; i++) {
                words[i - from] = tokens.word(i);
            }
            if (parts.isEmpty()) {
                shape = shapeOf(tokens, from, size);
            }
            parts.add(words);
        }
        if (parts.isEmpty()) {
            return;
        }
        int words = parts.stream().mapToInt(part -> part.length).sum();
        boolean inflects = (layer == Layer.TOPIC || layer == Layer.EVENT) && !phrase.contains(GAP);
        Entry entry =
                new Entry(layer, target, shape, words, priority, inflects, List.copyOf(parts.subList(1, parts.size())));
        Node node = root;
        for (String word : parts.get(0)) {
            node = node.next.computeIfAbsent(word, w -> new Node());
        }
        node.entries.add(entry);
    }

    private static String[] shapeOf(Tokens tokens, int from, int size) {
        String[] shape = new String[size - from];
        boolean upper = false;
        for (int i = from; i < size; i++) {
            shape[i - from] = tokens.original(i);
            upper |= !shape[i - from].equals(tokens.word(i));
        }
        return upper ? shape : null;
    }

    /** The selected matches of all layers, ordered by start token. */
    List<Match> match(Tokens tokens) {
        List<Match> candidates = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            collect(tokens, start, candidates);
        }
        candidates.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        boolean[][] taken = new boolean[Layer.values().length][tokens.size()];
        List<Match> selected = new ArrayList<>();
        for (Match candidate : candidates) {
            boolean[] layerTaken = taken[candidate.entry().layer().ordinal()];
            if (free(layerTaken, candidate)) {
                Arrays.fill(layerTaken, candidate.start(), candidate.end(), true);
                if (candidate.entry().target() != null) {
                    selected.add(candidate);
                }
            }
        }
        selected.sort(Comparator.comparingInt(Match::start));
        return selected;
    }

    private static boolean free(boolean[] taken, Match match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private void collect(Tokens tokens, int start, List<Match> out) {
        Node node = root;
        boolean inflected = false;
        for (int i = start; i < tokens.size(); i++) {
            String word = tokens.word(i);
            Node next = node.next.get(word);
            if (next == null) {
                next = singular(node, word);
                inflected = next != null;
            }
            if (next == null) {
                return;
            }
            node = next;
            for (Entry entry : node.entries) {
                if ((!inflected || entry.inflects()) && caseFits(tokens, start, entry.shape())) {
                    int end = entry.rest().isEmpty() ? i + 1 : afterGaps(tokens, i + 1, entry.rest());
                    if (end > 0) {
                        out.add(new Match(entry, start, end));
                    }
                }
            }
            if (inflected) {
                return;
            }
        }
    }

    /** The child for the singular of a plural word, for cue words of four or more letters. */
    private static Node singular(Node node, String word) {
        int length = word.length();
        if (length < 5 || word.charAt(length - 1) != 's') {
            return null;
        }
        Node next = node.next.get(word.substring(0, length - 1));
        if (next == null && word.endsWith("es")) {
            next = node.next.get(word.substring(0, length - 2));
        }
        if (next == null && word.endsWith("ies")) {
            next = node.next.get(word.substring(0, length - 3) + "y");
        }
        return next;
    }

    /** Where the gapped fragments end (exclusive), or -1 when one of them is not found within the gap. */
    private static int afterGaps(Tokens tokens, int from, List<String[]> rest) {
        int position = from;
        for (String[] fragment : rest) {
            int found = -1;
            for (int at = position; at <= position + MAX_GAP && at + fragment.length <= tokens.size(); at++) {
                if (startsWith(tokens, at, fragment)) {
                    found = at;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found + fragment.length;
        }
        return position;
    }

    private static boolean startsWith(Tokens tokens, int at, String[] fragment) {
        for (int k = 0; k < fragment.length; k++) {
            if (!tokens.word(at + k).equals(fragment[k])) {
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
