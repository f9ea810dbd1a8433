package io.claimbase.position;

import io.claimbase.claim.Claims;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;

/**
 * Gives a posted article claims when the extractor found none: one author claim per sentence of its text. While the
 * extraction pipeline is a stub this is what lets the API tests exercise assessment on stored claims; once it
 * extracts claims, the article keeps the extractor's own.
 */
final class StoredClaims {

    private StoredClaims() {}

    /** Adds one author claim with topics and actors to an article (after its other claims); answers its id. */
    static long add(Pool pool, long articleId, String text, List<String> topics, List<String> actors) {
        return pool.preparedQuery("""
                insert into claim (article_id, author_id, ordinal, text, span_start, span_end, kind, attribution,
                                   certainty, topics, topic_paths, actors, confidence)
                select a.id, a.author_id, coalesce((select max(ordinal) + 1 from claim where article_id = a.id), 0),
                       $2, 0, length($2), 'assessment', 'author', 'asserted', $3, $4, $5, 0.9
                from article a where a.id = $1
                returning id""")
                .execute(Tuple.of(
                        articleId,
                        text,
                        topics.toArray(String[]::new),
                        Claims.withAncestors(topics).toArray(String[]::new),
                        actors.toArray(String[]::new)))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }

    /**
     * Adds {@code count} copies of one author fact on the topic (and its ancestors) to an article, with ordinals from
     * 1001 on, in one statement: a bulk load behind the service's back.
     */
    static void many(Pool pool, long articleId, String text, String topic, int count) {
        pool.preparedQuery("""
                insert into claim (article_id, author_id, ordinal, text, span_start, span_end, kind, attribution,
                                   certainty, topics, topic_paths, actors, confidence)
                select a.id, a.author_id, 1000 + g, $2, 0, length($2), 'fact', 'author', 'asserted', array[$4], $5,
                       array['china', 'russia'], 0.9
                from article a, generate_series(1, $3) g where a.id = $1""")
                .execute(Tuple.of(
                        articleId,
                        text,
                        count,
                        topic,
                        Claims.withAncestors(List.of(topic)).toArray(String[]::new)))
                .await()
                .atMost(Duration.ofSeconds(30));
    }

    static void ensure(Pool pool, long articleId) {
        Duration wait = Duration.ofSeconds(10);
        long existing = pool.preparedQuery("select count(*) from claim where article_id = $1")
                .execute(Tuple.of(articleId))
                .await()
                .atMost(wait)
                .iterator()
                .next()
                .getLong(0);
        if (existing > 0) {
            return;
        }
        String body = pool.preparedQuery("select body from article where id = $1")
                .execute(Tuple.of(articleId))
                .await()
                .atMost(wait)
                .iterator()
                .next()
                .getString(0);
        int ordinal = 0;
        int from = 0;
        for (String sentence : body.split("(?<=[.!?])\\s+|\\n+")) {
            String text = sentence.strip();
            if (text.isEmpty()) {
                continue;
            }
            int start = body.indexOf(text, from);
            from = start + text.length();
            pool.preparedQuery("""
                    insert into claim (article_id, author_id, ordinal, text, span_start, span_end, kind, attribution,
                                       certainty, confidence)
                    select a.id, a.author_id, $2, $3, $4, $5, 'assessment', 'author', 'asserted', 0.9
                    from article a where a.id = $1""")
                    .execute(Tuple.of(articleId, ordinal++, text, start, from))
                    .await()
                    .atMost(wait);
        }
    }
}
