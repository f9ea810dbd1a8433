package io.claimbase.extract.tag;

import io.claimbase.extract.LinearModel;
import io.claimbase.extract.tag.Tagger.EventEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learned event-type model read over a whole article, fused with the cue events by {@link Tagger#fuse}. The cue
 * lists see one sentence; whether an event word names what a sentence reports or only its backdrop, and whether a
 * sentence without an event word goes on about the event of the one before, a reader tells from the article around
 * it. So the model reads the sentence's features ({@link EventFeatures}) and its context (see {@link #features}).
 * Immutable and thread-safe.
 */
public final class EventReader {

    /** An event type is in an article's profile when the cues of at least this many of its claims name it. */
    static final int PROFILE_MIN_CLAIMS = 2;

    /**
     * One claim as the event reader sees it: the cue lists' evidence on its sentence, the index of its paragraph,
     * its kind by the cues and whose voice it is ({@code author} or {@code reported}; null where unknown).
     */
    public record Claim(EventEvidence evidence, int paragraph, String kind, String voice) {}

    private final LinearModel model;

    /** {@code model}: the event model, or null to read the features only. */
    public EventReader(LinearModel model) {
        this.model = model;
    }

    public boolean hasModel() {
        return model != null;
    }

    /**
     * The features of every claim of an article ({@code title}: the cue evidence on its title, or null): its
     * sentence's, and
     * <ul>
     * <li>{@code pev:type} (or {@code pev:none}), {@code nev:type}: the cue event of the claim before and after it in
     * the article; {@code para} when the one before is in the same paragraph; {@code pin:type}: a cue event of
     * another claim of its paragraph;</li>
     * <li>{@code art:type}: an event type the cues of several claims of the article name
     * ({@link #PROFILE_MIN_CLAIMS}); {@code title:type}: a cue event of the title; {@code first}: the first
     * claim;</li>
     * <li>{@code kind:k}, {@code voice:v}: the claim's kind by the cues and its voice;</li>
     * <li>{@code same:prev}, {@code same:art}, {@code same:title}: its own cue event is that of the claim before,
     * of the article's profile, of the title.</li>
     * </ul>
     */
    public List<List<String>> features(List<Claim> claims, EventEvidence title) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim claim : claims) {
            claim.evidence().candidates().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Set<String> profile = new LinkedHashSet<>();
        counts.forEach((type, count) -> {
            if (count >= PROFILE_MIN_CLAIMS) {
                profile.add(type);
            }
        });
        Set<String> titleEvents = title == null ? Set.of() : title.candidates();
        List<List<String>> features = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String cue = claim.evidence().cue();
            Set<String> f = new LinkedHashSet<>(claim.evidence().features());
            if (i == 0) {
                f.add("first");
            } else {
                Claim before = claims.get(i - 1);
                f.add("pev:" + name(before.evidence().cue()));
                if (before.paragraph() == claim.paragraph()) {
                    f.add("para");
                }
                if (cue != null && cue.equals(before.evidence().cue())) {
                    f.add("same:prev");
                }
            }
            if (i + 1 < claims.size()) {
                f.add("nev:" + name(claims.get(i + 1).evidence().cue()));
            }
            for (int j = i - 1; j >= 0 && claims.get(j).paragraph() == claim.paragraph(); j--) {
                claims.get(j).evidence().candidates().forEach(t -> f.add("pin:" + t));
            }
            for (int j = i + 1; j < claims.size() && claims.get(j).paragraph() == claim.paragraph(); j++) {
                claims.get(j).evidence().candidates().forEach(t -> f.add("pin:" + t));
            }
            profile.forEach(t -> f.add("art:" + t));
            titleEvents.forEach(t -> f.add("title:" + t));
            if (cue != null && profile.contains(cue) && counts.get(cue) > 1) {
                f.add("same:art");
            }
            if (cue != null && titleEvents.contains(cue)) {
                f.add("same:title");
            }
            if (claim.kind() != null) {
                f.add("kind:" + claim.kind());
            }
            if (claim.voice() != null) {
                f.add("voice:" + claim.voice());
            }
            features.add(new ArrayList<>(f));
        }
        return features;
    }

    /** The event type of every claim: the model, read with the context, fused with the cues. */
    public List<String> read(List<Claim> claims, EventEvidence title) {
        List<List<String>> features = features(claims, title);
        double veto = model.threshold("veto", 1);
        double choose = model.threshold("choose", 1);
        double add = model.threshold("add", 1);
        List<String> events = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            EventEvidence evidence = claims.get(i).evidence();
            events.add(Tagger.fuse(
                    model.classes(),
                    model.probabilities(features.get(i)),
                    new EventEvidence(evidence.cue(), evidence.candidates(), features.get(i)),
                    veto,
                    choose,
                    add));
        }
        return events;
    }

    private static String name(String type) {
        return type == null ? "none" : type;
    }
}
