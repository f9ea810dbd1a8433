package io.claimbase.extract.tag;

import io.claimbase.extract.Figure;
import io.claimbase.extract.TimePeriod;
import java.util.List;

/**
 * What the taggers found in one sentence.
 *
 * @param topics    most specific topic ids (no topic together with one of its ancestors), in order of first mention
 * @param eventType the event type of the strongest event cue, or null
 * @param actors    canonical actor ids in order of first mention, without duplicates
 * @param time      the one period the sentence speaks about (see {@link TimeTagger} for the rule), or null
 * @param figures   the figures cited, in reading order, with spans absolute in the cleaned text
 * @param cueEvent  the event type the cue lists alone chose (before the learned model), or null: what the next
 *                  sentence's event model reads as the event of the sentence before it
 */
public record Tags(
        List<String> topics,
        String eventType,
        List<String> actors,
        TimePeriod time,
        List<Figure> figures,
        String cueEvent) {

    public Tags {
        topics = List.copyOf(topics);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
    }
}
