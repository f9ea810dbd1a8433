package io.claimbase.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * The validated filters of a claim query; an empty list or null means "any". All filters combine with AND.
 *
 * @param topics       any of these topics (a parent matches its descendants)
 * @param events       any of these event types
 * @param actors       canonical actor ids; with {@code allActors} every one must be tagged, otherwise any one
 * @param after        exclusive lower bound of the period spoken about, as its last excluded day (overlap semantics)
 * @param before       exclusive upper bound of the period spoken about, as its first excluded day
 * @param q            full-text query in web-search syntax
 */
public record ClaimFilter(
        List<String> topics,
        List<String> events,
        List<String> kinds,
        List<String> certainties,
        List<String> actors,
        boolean allActors,
        Long authorId,
        String authorSlug,
        Long articleId,
        String attribution,
        LocalDate after,
        LocalDate before,
        LocalDate publishedAfter,
        LocalDate publishedBefore,
        String q) {

    public ClaimFilter {
        topics = List.copyOf(topics);
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
        certainties = List.copyOf(certainties);
        actors = List.copyOf(actors);
    }

    /** All claims of one article. */
    public static ClaimFilter ofArticle(long articleId) {
        return new ClaimFilter(
                List.of(), List.of(), List.of(), List.of(), List.of(), true, null, null, articleId, null, null, null,
                null, null, null);
    }

    boolean filtersOnPublication() {
        return publishedAfter != null || publishedBefore != null;
    }
}
