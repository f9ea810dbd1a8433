package io.claimbase.position;

import io.claimbase.article.ArticleQueries;
import io.claimbase.db.PlannedStatements;
import io.claimbase.db.SqlFilter;
import io.claimbase.extract.Attribution;
import io.claimbase.extract.Certainty;
import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.QuoteSelector;
import io.claimbase.extract.Span;
import io.claimbase.position.PositionViews.ArticlePosition;
import io.claimbase.position.PositionViews.ArticleRef;
import io.claimbase.position.PositionViews.Evidence;
import io.claimbase.web.Dates;
import io.claimbase.web.Ids;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Read-side SQL for positions and their evidence, all with bound parameters. */
@ApplicationScoped
public class PositionQueries {

    /** A stored position with its article's publication date (for "latest"). */
    record Stored(ArticlePosition position, LocalDate publishedOn) {}

    private static final String SELECT = """
            select p.id, q.slug, a.id as article_id, a.title, a.published_on, a.published_precision,
                   au.id as author_id, au.name as author_name, au.slug as author_slug,
                   p.label, p.score, p.trend, p.confidence, p.rationale, p.curated, p.curator_note, p.curated_by
            from position p
            join question q on q.id = p.question_id
            join article a on a.id = p.article_id
            left join author au on au.id = p.author_id""";

    private static final String EVIDENCE = """
            select pe.position_id, c.id as claim_id, c.article_id, c.text, c.span_start, c.span_end, pe.cue,
                   pe.points_to, pe.supports, pe.weight, c.attribution, c.attributed_to
            from position_evidence pe join claim c on c.id = pe.claim_id
            where pe.position_id = any($1)
            order by pe.position_id, c.ordinal""";

    /** An article, by who wrote it (null: unknown author), and its title (the author's framing). */
    record Owner(Long authorId, String title) {}

    /** A stored claim as the assessor reads it, with its row id. */
    record StoredClaim(long id, ExtractedClaim claim) {}

    private final Pool pool;

    public PositionQueries(Pool pool) {
        this.pool = pool;
    }

    /** The article's author, or a null item when there is no such article. */
    Uni<Owner> owner(long articleId) {
        return pool.preparedQuery("select author_id, title from article where id = $1")
                .execute(Tuple.of(articleId))
                .map(rows -> rows.size() == 0
                        ? null
                        : new Owner(
                                rows.iterator().next().getLong(0),
                                rows.iterator().next().getString(1)));
    }

    /** The article's claims in reading order, with what the assessor reads of them. */
    Uni<List<StoredClaim>> claims(long articleId) {
        return pool.preparedQuery("""
                select id, ordinal, text, span_start, span_end, quote_prefix, quote_suffix, kind, attribution,
                       attributed_to, certainty, topics, event_type, actors, confidence
                from claim where article_id = $1 order by ordinal""").execute(Tuple.of(articleId)).map(rows -> {
            List<StoredClaim> claims = new ArrayList<>();
            for (Row r : rows) {
                String text = r.getString("text");
                claims.add(new StoredClaim(
                        r.getLong("id"),
                        new ExtractedClaim(
                                r.getInteger("ordinal"),
                                text,
                                new Span(r.getInteger("span_start"), r.getInteger("span_end")),
                                new QuoteSelector(text, r.getString("quote_prefix"), r.getString("quote_suffix")),
                                enumOf(ClaimKind.class, r.getString("kind")),
                                "reported".equals(r.getString("attribution"))
                                        ? Attribution.reported(r.getString("attributed_to"))
                                        : Attribution.AUTHOR,
                                enumOf(Certainty.class, r.getString("certainty")),
                                List.of(r.getArrayOfStrings("topics")),
                                r.getString("event_type"),
                                List.of(r.getArrayOfStrings("actors")),
                                null,
                                List.of(),
                                r.getFloat("confidence"))));
            }
            return claims;
        });
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    /** The filter's conditions on position {@code p}, question {@code q}, article {@code a} and author {@code au}. */
    static SqlFilter filtered(PositionFilter f) {
        Long authorId = Ids.parse(f.author());
        return new SqlFilter()
                .and("q.slug = ?", f.question())
                .and("a.id = ?", f.articleId())
                .and("p.author_id = ?", authorId)
                .and("au.slug = ?", authorId == null ? f.author() : null)
                .and("a.published_on > ?", f.publishedAfter())
                .and("a.published_on < ?", f.publishedBefore())
                .and("p.label = ?", f.label())
                .and("p.confidence >= ?", f.minConfidence());
    }

    /** The positions that match, with their evidence, in article order. */
    Uni<List<Stored>> find(PositionFilter f) {
        SqlFilter where = filtered(f);
        String sql = SELECT + where.where() + " order by a.id, q.slug";
        return pool.preparedQuery(PlannedStatements.perValue(sql))
                .execute(where.tuple())
                .chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getLong("id")));
                    return evidence(ids).map(evidence -> {
                        List<Stored> found = new ArrayList<>();
                        rows.forEach(r -> found.add(stored(r, evidence.getOrDefault(r.getLong("id"), List.of()))));
                        return found;
                    });
                });
    }

    private Uni<Map<Long, List<Evidence>>> evidence(List<Long> positionIds) {
        if (positionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(EVIDENCE)
                .execute(Tuple.of(positionIds.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, List<Evidence>> byPosition = new HashMap<>();
                    for (Row r : rows) {
                        byPosition
                                .computeIfAbsent(r.getLong("position_id"), k -> new ArrayList<>())
                                .add(evidence(r));
                    }
                    return byPosition;
                });
    }

    /** The row's article from its {@code article_id}, {@code title}, {@code published_on} and precision columns. */
    static ArticleRef articleRef(Row r) {
        return new ArticleRef(
                r.getLong("article_id"),
                r.getString("title"),
                Dates.format(r.getLocalDate("published_on"), r.getString("published_precision")));
    }

    private static Stored stored(Row r, List<Evidence> evidence) {
        Float score = r.getFloat("score");
        ArticlePosition position = new ArticlePosition(
                r.getString("slug"),
                articleRef(r),
                ArticleQueries.authorRef(r),
                r.getString("label"),
                score == null ? null : round(score),
                r.getString("trend"),
                round(r.getFloat("confidence")),
                r.getString("rationale"),
                r.getBoolean("curated"),
                r.getString("curator_note"),
                r.getString("curated_by"),
                evidence);
        return new Stored(position, r.getLocalDate("published_on"));
    }

    /** One row of an evidence query ({@code EVIDENCE} here, the per-page one of {@link AuthorPositionQueries}). */
    static Evidence evidence(Row r) {
        return new Evidence(
                r.getLong("claim_id"),
                r.getLong("article_id"),
                r.getString("text"),
                r.getInteger("span_start"),
                r.getInteger("span_end"),
                r.getString("cue"),
                r.getString("points_to"),
                r.getBoolean("supports"),
                round(r.getFloat("weight")),
                r.getString("attribution"),
                r.getString("attributed_to"));
    }

    /** A stored real back to the two decimals it was written with (0.85f is not 0.85). */
    static double round(float value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
