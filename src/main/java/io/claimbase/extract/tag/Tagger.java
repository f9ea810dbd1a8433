package io.claimbase.extract.tag;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.Figure;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags one sentence with topics, an event type, actors, a time period and figures. Built once per
 * {@link DomainModel} (it precompiles every phrase into one trie); immutable and thread-safe.
 * <ul>
 * <li>topics: the topics of the selected cues plus the topic the event type implies, reduced to the most specific
 * ones (a topic is dropped when one of its descendants is present), in order of first mention;</li>
 * <li>event type: the one whose selected cue is strongest (words in the cue + the event's priority; ties go to the
 * earlier cue), leaving out cues that follow a backdrop phrase closely ("ahead of the summit", "amid sanctions",
 * "no treaty");</li>
 * <li>actors: canonical ids in order of first mention;</li>
 * <li>time: see {@link TimeTagger}; figures: see {@link FigureTagger}.</li>
 * </ul>
 */
public final class Tagger {

    /** An event cue that starts fewer than this many words after a backdrop phrase is not counted. */
    static final int BACKDROP_REACH = 4;

    private final PhraseMatcher matcher;
    private final Map<String, List<String>> ancestors = new HashMap<>();
    private final Map<String, String> eventTopics = new HashMap<>();
    private final TimeTagger times = new TimeTagger();
    private final FigureTagger figures = new FigureTagger();

    public Tagger(DomainModel domain) {
        this.matcher = new PhraseMatcher(domain);
        domain.topicIds().forEach(id -> ancestors.put(id, domain.ancestors(id)));
        domain.eventTypes().stream()
                .filter(event -> event.topic() != null)
                .forEach(event -> eventTopics.put(event.id(), event.topic()));
    }

    /** sentenceStart = offset of the sentence in the cleaned text, so figure spans are absolute. */
    public Tags tag(String sentence, int sentenceStart, LocalDate publishedOn) {
        Tokens tokens = Tokens.of(sentence);
        List<PhraseMatcher.Match> matches = matcher.match(tokens);
        Set<String> actors = new LinkedHashSet<>();
        List<String> topics = new ArrayList<>();
        PhraseMatcher.Match event = null;
        int backdropEnd = -1;
        for (PhraseMatcher.Match match : matches) {
            String target = match.entry().target();
            switch (match.entry().layer()) {
                case ACTOR -> actors.add(target);
                case TOPIC -> topics.add(target);
                case BACKDROP -> backdropEnd = Math.max(backdropEnd, match.end());
                case EVENT -> {
                    if (backdropEnd < 0 || match.start() - backdropEnd >= BACKDROP_REACH) {
                        event = stronger(event, match);
                    }
                }
            }
        }
        String eventType = event == null ? null : event.entry().target();
        if (eventType != null && eventTopics.containsKey(eventType)) {
            topics.add(insertionPoint(matches, event), eventTopics.get(eventType));
        }
        TimePeriod time = times.find(sentence, tokens, publishedOn);
        List<Figure> cited = figures.find(sentence, tokens, sentenceStart);
        return new Tags(mostSpecific(topics), eventType, List.copyOf(actors), time, cited);
    }

    private static PhraseMatcher.Match stronger(PhraseMatcher.Match best, PhraseMatcher.Match candidate) {
        return best == null || strength(candidate) > strength(best) ? candidate : best;
    }

    private static int strength(PhraseMatcher.Match match) {
        return match.entry().words() + match.entry().priority();
    }

    /** Where the event's topic goes in reading order: after the topics mentioned before the event cue. */
    private static int insertionPoint(List<PhraseMatcher.Match> matches, PhraseMatcher.Match event) {
        int index = 0;
        for (PhraseMatcher.Match match : matches) {
            if (match.start() >= event.start()) {
                break;
            }
            if (match.entry().layer() == PhraseMatcher.Layer.TOPIC) {
                index++;
            }
        }
        return index;
    }

    /** Distinct topics without any topic that is an ancestor of another one, in order. */
    private List<String> mostSpecific(List<String> topics) {
        Set<String> distinct = new LinkedHashSet<>(topics);
        Set<String> implied = new java.util.HashSet<>();
        distinct.forEach(topic -> implied.addAll(ancestors.getOrDefault(topic, List.of())));
        return distinct.stream().filter(topic -> !implied.contains(topic)).toList();
    }
}
