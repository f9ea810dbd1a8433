package io.claimbase.claim;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    /**
     * The claims of one article in one statement: the rows travel as one JSON array that {@code jsonb_to_recordset}
     * turns back into typed rows (arrays of topics and actors included), inserted in ordinal order so that their ids
     * follow reading order as one insert per row would give them. {@code %s} is the parameter of the rows (JSON text).
     */
    private static final String INSERT = """
            insert into claim (article_id, author_id, ordinal, text, span_start, span_end, quote_prefix, quote_suffix,
                               kind, attribution, attributed_to, certainty, topics, topic_paths, event_type, actors,
                               time_text, time_start, time_end, time_precision, time_resolved, time_inferred_from,
                               figures, confidence)
            select article_id, author_id, ordinal, text, span_start, span_end, quote_prefix, quote_suffix, kind,
                   attribution, attributed_to, certainty, topics, topic_paths, event_type, actors, time_text,
                   time_start, time_end, time_precision, time_resolved, time_inferred_from, figures, confidence
            from jsonb_to_recordset(cast(cast(%s as text) as jsonb)) as r(
                article_id bigint, author_id bigint, ordinal integer, text text, span_start integer,
                span_end integer, quote_prefix text, quote_suffix text, kind text, attribution text,
                attributed_to text, certainty text, topics text[], topic_paths text[], event_type text,
                actors text[], time_text text, time_start date, time_end date, time_precision text,
                time_resolved boolean, time_inferred_from text, figures jsonb, confidence real)
            order by ordinal
            returning id, ordinal""";

    /**
     * Stores the claims of one article in one statement (nothing to do for an article without claims) and sets each
     * claim's generated id.
     */
    public Uni<Void> insertAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Integer, Claim> byOrdinal = new HashMap<>();
        claims.forEach(c -> byOrdinal.put(c.ordinal, c));
        return getSession()
                .chain(s -> s.createNativeQuery(INSERT.formatted(":rows"), Object[].class)
                        .setParameter("rows", rows(claims))
                        .getResultList())
                .invoke(ids ->
                        ids.forEach(r -> byOrdinal.get(((Number) r[1]).intValue()).id = ((Number) r[0]).longValue()))
                .replaceWithVoid();
    }

    /**
     * {@link #insertAll(List)} on a connection of the reactive pool, in its transaction (a new article's ingest):
     * the same statement, without Hibernate's session in the way.
     */
    public Uni<Void> insertAll(SqlConnection conn, List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Integer, Claim> byOrdinal = new HashMap<>();
        claims.forEach(c -> byOrdinal.put(c.ordinal, c));
        return conn.preparedQuery(INSERT.formatted("$1"))
                .execute(Tuple.of(rows(claims)))
                .invoke(ids -> ids.forEach(r -> byOrdinal.get(r.getInteger(1)).id = r.getLong(0)))
                .replaceWithVoid();
    }

    private static String rows(List<Claim> claims) {
        return Claims.json(claims.stream().map(Row::of).toList(), "claims");
    }

    public Uni<Long> deleteByArticle(long articleId) {
        return delete("articleId", articleId);
    }

    /** A claim as one element of {@link #INSERT}'s JSON array (its figures are JSON already). */
    private record Row(
            long article_id,
            Long author_id,
            int ordinal,
            String text,
            int span_start,
            int span_end,
            String quote_prefix,
            String quote_suffix,
            String kind,
            String attribution,
            String attributed_to,
            String certainty,
            List<String> topics,
            List<String> topic_paths,
            String event_type,
            List<String> actors,
            String time_text,
            String time_start,
            String time_end,
            String time_precision,
            Boolean time_resolved,
            String time_inferred_from,
            @JsonRawValue String figures,
            float confidence) {

        static Row of(Claim c) {
            return new Row(
                    c.articleId,
                    c.authorId,
                    c.ordinal,
                    c.text,
                    c.spanStart,
                    c.spanEnd,
                    c.quotePrefix,
                    c.quoteSuffix,
                    c.kind,
                    c.attribution,
                    c.attributedTo,
                    c.certainty,
                    c.topics,
                    c.topicPaths,
                    c.eventType,
                    c.actors,
                    c.timeText,
                    iso(c.timeStart),
                    iso(c.timeEnd),
                    c.timePrecision,
                    c.timeResolved,
                    c.timeInferredFrom,
                    c.figures,
                    c.confidence);
        }

        private static String iso(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }
}
