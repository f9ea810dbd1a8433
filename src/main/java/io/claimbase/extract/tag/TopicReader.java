package io.claimbase.extract.tag;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The learned topic model read over a whole article, fused with the topics of the cue lists. The cue lists see one
 * sentence; a reader tags a sentence with no topic word by the article's subject, and discounts a topic a single word
 * suggests in an article about something else. So the model's features are those of the sentence and of its context
 * (see {@link #features}), and one yes/no model per topic id (one-vs-rest logistic regression, trained offline by the
 * test-scope {@code io.claimbase.extract.learn.TrainModels}) says how likely the claim is about that topic or one of
 * its descendants. Immutable and thread-safe.
 */
public final class TopicReader {

    /** A topic is in an article's profile when the cues of at least this share of its claims name it ... */
    static final double PROFILE_SHARE = 0.1;
    /** ... and of at least this many claims. */
    static final int PROFILE_MIN_CLAIMS = 2;

    /**
     * One claim as the topic reader sees it: its words, the topics of its own cues (the event's topic included), the
     * topics it has after the paragraph rule (its own, or those of the claim before it), its event type and the
     * index of its paragraph.
     */
    public record Claim(Tokens words, List<String> own, List<String> topics, String event, int paragraph) {}

    /** What the reader saw of one claim: its topics before the model and the model's features (for the trainer). */
    public record Evidence(List<String> topics, List<String> features) {}

    /**
     * At most this many topics unrelated to those a claim has are added to it, the model's most probable first (two
     * or more lost on every readable set in leave-one-set-out; a more specific id of a topic it has does not count).
     */
    static final int MAX_ADDED = 1;

    private final TopicTree tree;
    private final LinearModel model;

    /** {@code model}: the topic model, or null to read the features only. */
    public TopicReader(DomainModel domain, LinearModel model) {
        tree = new TopicTree(domain);
        this.model = model;
    }

    public boolean hasModel() {
        return model != null;
    }

    /**
     * The binary features of every claim of an article ({@code titleTopics}: the topics the cues read in its title):
     * <ul>
     * <li>{@code w:}, {@code b:}: the words and word pairs of the sentence (as {@link EventFeatures#addWords});
     * {@code s:}: the stems of its words of five or more letters ({@link #stem});</li>
     * <li>{@code cue:t} (or {@code cue:none}): each topic of its own cues, with its ancestors; {@code inh:t}: each
     * topic it continues from the claim before it in its paragraph;</li>
     * <li>{@code prev:t}, {@code next:t}: the own cue topics of the claims before and after it in the article
     * ({@code para} when the one before is in the same paragraph);</li>
     * <li>{@code art:t}: a topic the cues of many of the article's claims name ({@link #PROFILE_SHARE}); {@code top:t}:
     * the one they name most; {@code title:t}: a topic of the title;</li>
     * <li>{@code ev:type} (or {@code ev:none}): the claim's event type.</li>
     * </ul>
     */
    public List<List<String>> features(List<Claim> claims, List<String> titleTopics) {
        List<Set<String>> own = new ArrayList<>(claims.size());
        Map<String, Integer> counts = new HashMap<>();
        for (Claim claim : claims) {
            Set<String> expanded = tree.withAncestors(claim.own());
            own.add(expanded);
            expanded.forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> profile = new ArrayList<>();
        counts.forEach((topic, count) -> {
            if (count >= PROFILE_MIN_CLAIMS && count >= PROFILE_SHARE * claims.size()) {
                profile.add("art:" + topic);
            }
            if (count == most) {
                profile.add("top:" + topic);
            }
        });
        profile.sort(null);
        List<String> title = new ArrayList<>();
        tree.withAncestors(titleTopics).forEach(t -> title.add("title:" + t));
        List<List<String>> features = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Set<String> f = new LinkedHashSet<>();
            EventFeatures.addWords(claim.words(), f);
            addStems(claim.words(), f);
            if (own.get(i).isEmpty()) {
                f.add("cue:none");
                tree.withAncestors(claim.topics()).forEach(t -> f.add("inh:" + t));
            }
            own.get(i).forEach(t -> f.add("cue:" + t));
            if (i > 0) {
                own.get(i - 1).forEach(t -> f.add("prev:" + t));
                if (claims.get(i - 1).paragraph() == claim.paragraph()) {
                    f.add("para");
                }
            }
            if (i + 1 < claims.size()) {
                own.get(i + 1).forEach(t -> f.add("next:" + t));
            }
            f.addAll(profile);
            f.addAll(title);
            f.add("ev:" + (claim.event() == null ? "none" : claim.event()));
            features.add(new ArrayList<>(f));
        }
        return features;
    }

    /**
     * The Snowball English (Porter 2) stemmer of OpenNLP, one per thread (a stemmer keeps the word it works on): a stem
     * ties the forms of one word together ("sanctions", "sanctioned", "sanctioning") so that a form no training
     * sentence used still counts.
     */
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    /** The stem of a lowercase word (Snowball English). */
    static String stem(String word) {
        return STEMMER.get().stem(word).toString();
    }

    /** {@code s:stem} for every word of five or more letters (see {@link #stem}). */
    static void addStems(Tokens words, Set<String> features) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            if (word.length() > 4 && word.chars().allMatch(Character::isLetter)) {
                features.add("s:" + stem(word));
            }
        }
    }

    /** The topics of every claim, the model fused with what the cues and the paragraph rule gave. */
    public List<List<String>> read(List<Claim> claims, List<String> titleTopics) {
        List<List<String>> features = features(claims, titleTopics);
        List<List<String>> topics = new ArrayList<>(claims.size());
        double drop = model.threshold("drop", 0);
        double add = model.threshold("add", 1);
        double fill = model.threshold("fill", 1);
        for (int i = 0; i < claims.size(); i++) {
            topics.add(
                    fuse(claims.get(i).topics(), model.classes(), model.independent(features.get(i)), drop, add, fill));
        }
        return topics;
    }

    /**
     * The fusion of the cue topics with the model, each rule one comparison with a threshold of the model file:
     * <ul>
     * <li><b>drop</b>: a topic the claim has is dropped when the model gives it a probability below {@code drop} (0
     * switches the rule off);</li>
     * <li><b>add</b>: a topic the claim lacks is added when the model gives it a probability above {@code add};
     * <b>fill</b> is that threshold for a claim without any topic (1 switches either off); at most
     * {@link #MAX_ADDED} unrelated topic is added, the most probable;</li>
     * </ul>
     * then only the most specific ids are kept ({@code energy.gas} implies {@code energy}).
     */
    public List<String> fuse(
            List<String> topics, List<String> classes, double[] p, double drop, double add, double fill) {
        Map<String, Double> probability = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            probability.put(classes.get(c), p[c]);
        }
        List<String> kept = new ArrayList<>();
        for (String topic : topics) {
            if (probability.getOrDefault(topic, 1.0) >= drop) {
                kept.add(topic);
            }
        }
        double threshold = topics.isEmpty() ? fill : add;
        List<Integer> added = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            if (p[c] > threshold && !topics.contains(classes.get(c))) {
                added.add(c);
            }
        }
        added.sort((a, b) -> Double.compare(p[b], p[a]));
        int fresh = 0;
        for (int c : added) {
            String topic = classes.get(c);
            boolean related = kept.stream().anyMatch(t -> t.startsWith(topic + ".") || topic.startsWith(t + "."));
            if (!related) {
                if (fresh >= MAX_ADDED) {
                    continue;
                }
                fresh++;
            }
            kept.add(topic);
        }
        return tree.mostSpecific(kept);
    }
}
