package io.claimbase.extract;

import java.util.List;

/**
 * One sentence that asserts something.
 *
 * @param ordinal     0-based position among the article's claims, in reading order
 * @param span        exact character offsets of {@code text} in {@link Extraction#cleanedText()}
 * @param topics      taxonomy ids, most specific ones only (e.g. {@code energy.gas}); ancestors are implied
 * @param eventType   event type id from the domain data (deal, exercise, sanction, summit, visit, election…), or null
 * @param actors      canonical actor ids from the gazetteer, in order of first mention, without duplicates
 * @param time        the period the claim speaks about, or null when it names none
 * @param confidence  the extractor's confidence that this is a claim with these tags, 0..1
 */
public record ExtractedClaim(
        int ordinal,
        String text,
        Span span,
        QuoteSelector quote,
        ClaimKind kind,
        Attribution attribution,
        Certainty certainty,
        List<String> topics,
        String eventType,
        List<String> actors,
        TimePeriod time,
        List<Figure> figures,
        double confidence) {

    /** The same claim on other topics. */
    public ExtractedClaim withTopics(List<String> other) {
        return with(kind, attribution, List.copyOf(other), eventType, time);
    }

    /**
     * The same claim also on {@code topic}, most specific topics kept: nothing changes when the claim has the topic or
     * a descendant of it already; an ancestor of it the claim has gives way ({@code geopolitics} to
     * {@code geopolitics.alignment}). A dot makes a child, as in the taxonomy.
     */
    public ExtractedClaim withTopic(String topic) {
        if (topics.stream().anyMatch(t -> t.equals(topic) || t.startsWith(topic + "."))) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>();
        topics.stream().filter(t -> !topic.startsWith(t + ".")).forEach(more::add);
        more.add(topic);
        return withTopics(more);
    }

    /** The same claim about another period. */
    public ExtractedClaim withTime(TimePeriod period) {
        return with(kind, attribution, topics, eventType, period);
    }

    /** The same claim asserted by another voice. */
    public ExtractedClaim withAttribution(Attribution other) {
        return with(kind, other, topics, eventType, time);
    }

    /** The same claim of another kind. */
    public ExtractedClaim withKind(ClaimKind other) {
        return with(other, attribution, topics, eventType, time);
    }

    /** The same claim describing another event type (null: none). */
    public ExtractedClaim withEventType(String other) {
        return with(kind, attribution, topics, other, time);
    }

    /** The one copy the withers make: the text, span, quote, certainty, actors, figures and confidence kept. */
    private ExtractedClaim with(
            ClaimKind otherKind, Attribution voice, List<String> otherTopics, String event, TimePeriod period) {
        return new ExtractedClaim(
                ordinal,
                text,
                span,
                quote,
                otherKind,
                voice,
                certainty,
                otherTopics,
                event,
                actors,
                period,
                figures,
                confidence);
    }
}
