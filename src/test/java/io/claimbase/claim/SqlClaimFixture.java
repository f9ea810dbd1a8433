package io.claimbase.claim;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEMPORARY test fixture, until extraction fills claims: writes an author, an article and hand-made claims straight
 * into the database with SQL, so that the claim read side can be tested on exact, known data. Every call makes new
 * rows with unique names (no shared state between tests). The article is inserted with SQL too, not posted, so that
 * claims extracted from a posted text never mix with the hand-made ones.
 * <p>
 * When extraction lands, tests that only need "some claims with known tags" should post articles through
 * {@code support.Api} instead; see the report of the query branch for the list.
 */
final class SqlClaimFixture {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;

    SqlClaimFixture(Pool pool) {
        this.pool = pool;
    }

    /** An author row: {@code name} plus a unique suffix, so that its slug is unique too. */
    record Author(long id, String name, String slug) {}

    Author author(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + suffix;
        long id = pool.preparedQuery("insert into author (name, slug) values ($1, $2) returning id")
                .execute(Tuple.of(name + " " + suffix, slug))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong(0);
        return new Author(id, name + " " + suffix, slug);
    }

    /** An article by {@code author} (may be null) published on {@code publishedOn} (day precision; may be null). */
    long article(Author author, String title, LocalDate publishedOn) {
        String body = title + " " + UUID.randomUUID();
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return pool.preparedQuery("""
                insert into article (title, author_id, published_on, published_precision, body, raw_body,
                                     content_hash, word_count, extractor_version)
                values ($1, $2, $3, $4, $5, $5, $6, 10, 'sql-fixture') returning id""")
                .execute(Tuple.tuple(java.util.Arrays.asList(
                        title,
                        author == null ? null : author.id(),
                        publishedOn,
                        publishedOn == null ? null : "day",
                        body,
                        hash)))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong(0);
    }

    /** Inserts a claim of {@code articleId} (its author is the article's) and answers its id. */
    long claim(long articleId, Spec c) {
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(
                articleId,
                c.ordinal,
                c.text,
                c.spanStart,
                c.spanStart + c.text.length(),
                c.prefix,
                c.suffix,
                c.kind,
                c.source == null ? "author" : "reported",
                c.source,
                c.certainty,
                c.topics.toArray(String[]::new),
                Claims.withAncestors(c.topics).toArray(String[]::new),
                c.event,
                c.actors.toArray(String[]::new),
                c.timeText,
                c.timeStart,
                c.timeEnd,
                c.timePrecision,
                c.timeText == null ? null : c.timeStart != null,
                new io.vertx.core.json.JsonArray(c.figures.stream().collect(Collectors.joining(",", "[", "]"))),
                c.confidence));
        return pool.preparedQuery("""
                insert into claim (article_id, author_id, ordinal, text, span_start, span_end, quote_prefix,
                                   quote_suffix, kind, attribution, attributed_to, certainty, topics, topic_paths,
                                   event_type, actors, time_text, time_start, time_end, time_precision, time_resolved,
                                   figures, confidence)
                select $1, a.author_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                       $19, $20, $21, $22
                from article a where a.id = $1 returning id""")
                .execute(Tuple.tuple(values))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong(0);
    }

    /** Inserts {@code count} plain claims (ordinals 0..count-1, kind fact, no tags) into {@code articleId}. */
    void plainClaims(long articleId, int count) {
        pool.preparedQuery("""
                insert into claim (article_id, author_id, ordinal, text, span_start, span_end, kind, attribution,
                                   certainty, confidence)
                select $1, a.author_id, g, 'Plain claim number ' || g || '.', g * 30, g * 30 + 20, 'fact', 'author',
                       'asserted', 0.5
                from article a, generate_series(0, $2 - 1) g where a.id = $1""").execute(Tuple.of(articleId, count)).await().atMost(TIMEOUT);
    }

    static Spec claim(int ordinal, String text) {
        return new Spec(ordinal, text);
    }

    /** A claim to insert; every tag has a neutral default (fact, asserted, by the author, no topics). */
    static final class Spec {
        private final int ordinal;
        private final String text;
        private int spanStart;
        private String prefix = "";
        private String suffix = "";
        private String kind = "fact";
        private String certainty = "asserted";
        private String source;
        private List<String> topics = List.of();
        private String event;
        private List<String> actors = List.of();
        private String timeText;
        private LocalDate timeStart;
        private LocalDate timeEnd;
        private String timePrecision;
        private final List<String> figures = new ArrayList<>();
        private double confidence = 0.8;

        private Spec(int ordinal, String text) {
            this.ordinal = ordinal;
            this.text = text;
            this.spanStart = ordinal * 200;
        }

        Spec span(int start) {
            this.spanStart = start;
            return this;
        }

        Spec quote(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
            return this;
        }

        Spec kind(String kind) {
            this.kind = kind;
            return this;
        }

        Spec certainty(String certainty) {
            this.certainty = certainty;
            return this;
        }

        Spec reportedFrom(String source) {
            this.source = source;
            return this;
        }

        Spec topics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        Spec event(String event) {
            this.event = event;
            return this;
        }

        Spec actors(String... actors) {
            this.actors = List.of(actors);
            return this;
        }

        /** A resolved period {@code [start, end]} as written in {@code text}. */
        Spec time(String text, String start, String end, String precision) {
            this.timeText = text;
            this.timeStart = LocalDate.parse(start);
            this.timeEnd = LocalDate.parse(end);
            this.timePrecision = precision;
            return this;
        }

        /** A time expression that could not be resolved: text only. */
        Spec unresolvedTime(String text) {
            this.timeText = text;
            return this;
        }

        Spec figure(String kind, String text, BigDecimal value, String unit, String currency, int start, int end) {
            figures.add("{\"kind\":\"" + kind + "\",\"text\":\"" + text + "\",\"value\":" + value.toPlainString()
                    + ",\"unit\":" + json(unit) + ",\"currency\":" + json(currency) + ",\"start\":" + start
                    + ",\"end\":" + end + "}");
            return this;
        }

        Spec confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        private static String json(String value) {
            return value == null ? "null" : "\"" + value + "\"";
        }
    }
}
