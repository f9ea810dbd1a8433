package io.claimbase.position;

import io.claimbase.article.AuthorRef;
import io.claimbase.db.PlannedStatements;
import io.claimbase.db.SqlFilter;
import io.claimbase.domain.QuestionCatalog;
import io.claimbase.error.DomainException;
import io.claimbase.position.AuthorAggregation.Group;
import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.position.PositionViews.Stance;
import io.claimbase.web.Cursor;
import io.claimbase.web.Ids;
import io.claimbase.web.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Author rows ({@link AuthorAggregation}) one page at a time: PostgreSQL groups the matching per-article positions by
 * question and writer (the author, or the article when the author is unknown), computes the weighted score, orders
 * the groups and cuts the page with a keyset cursor; then, for the page's groups only, the label and trend weights,
 * the latest {@value AuthorAggregation#STANCES_PER_ROW} stances and the strongest
 * {@value AuthorAggregation#EVIDENCE_PER_ROW} evidence rows. The heap holds one page, whatever the number of
 * positions.
 */
@ApplicationScoped
public class AuthorPositionQueries {

    /**
     * A position's weight, in hundredths: its confidence as stored (two decimals), at least 0.01. Sums of hundredths
     * are exact integers, and integer sums are several times faster than numeric ones.
     */
    private static final String WEIGHT = "greatest(round(p.confidence * 100)::int, 1)";

    private static final String FILTERED = """
            select p.id, p.question_id, q.slug, p.article_id, p.author_id, p.label, p.score, p.trend, p.confidence,
                   p.curated, coalesce(p.author_id, -p.article_id) as writer, a.published_on, %s as weight
            from position p
            join question q on q.id = p.question_id
            join article a on a.id = p.article_id
            left join author au on au.id = p.author_id""".formatted(WEIGHT);

    // Ordered as AuthorAggregation.BY_SCORE: question, score (undetermined last), author name (unknown last; "C"
    // collation compares code points, like String.compareTo), latest article id.
    private static final String GROUPS = """
            with f as (%s),
            g as (
                select f.question_id, f.slug, f.writer, min(f.author_id) as author_id,
                       sum(f.weight) filter (where f.score is not null) as weights,
                       sum(round(f.score * 100)::bigint * f.weight) filter (where f.score is not null) as weighted,
                       sum(round(f.confidence * 100)::int) as confidence_all, count(*) as count_all,
                       sum(round(f.confidence * 100)::int) filter (where f.score is not null) as confidence_decided,
                       count(*) filter (where f.score is not null) as count_decided,
                       -- the latest article: the greatest (publication day, or 0 when undated; article id), packed in
                       -- one bigint (days since year 1 above bit 40, the id below), so max() finds it without a sort
                       max((coalesce(f.published_on - date '0001-01-01' + 1, 0)::bigint << 40) | f.article_id)
                           & ((1::bigint << 40) - 1) as latest
                from f group by f.question_id, f.slug, f.writer),
            r as (
                select g.*, round(g.weighted::numeric / g.weights / 100, 1) as score, au.name, au.slug as author_slug
                from g left join author au on au.id = g.author_id)
            select * from r
            where %s
            order by r.slug, r.score is null, r.score, r.name is null, r.name collate "C", r.latest
            limit %s""";
    private static final String AFTER = "(r.score is null, coalesce(r.score, 0), r.name is null, "
            + "coalesce(r.name, '') collate \"C\", r.latest) > (%s, %s, %s, %s, %s)";

    private static final String WEIGHTS = """
            with f as (%s)
            select f.question_id, f.writer, 'label' as kind, f.label as value, sum(f.weight) as weight
            from f where f.score is not null group by f.question_id, f.writer, f.label
            union all
            select f.question_id, f.writer, 'trend', f.trend, sum(f.weight)
            from f where f.trend is not null group by f.question_id, f.writer, f.trend""";

    private static final String STANCES = """
            with f as (%s)
            select s.* from (
                select f.question_id, f.writer, f.article_id, f.label, f.score, f.trend, f.confidence, f.curated,
                       f.published_on, a.title, a.published_precision,
                       row_number() over (partition by f.question_id, f.writer
                                          order by f.published_on desc nulls last, f.article_id desc) as n
                from f join article a on a.id = f.article_id) s
            where s.n <= %d
            order by s.question_id, s.writer, s.n""".formatted("%s", AuthorAggregation.STANCES_PER_ROW);

    // The ten strongest of a group's evidence rows are chosen before their claims are read (a claim is a random read
    // of a large table); within an article, claim ids follow reading order, as claims are stored in that order.
    private static final String EVIDENCE = """
            with f as (%s)
            select e.*, c.article_id, c.text, c.span_start, c.span_end, c.attribution, c.attributed_to from (
                select f.question_id, f.writer, pe.claim_id, pe.cue, pe.points_to, pe.supports, pe.weight,
                       row_number() over (partition by f.question_id, f.writer
                                          order by pe.supports desc, round(pe.weight::numeric, 2) desc,
                                                   f.published_on desc nulls last, f.article_id desc,
                                                   pe.claim_id) as n
                from f join position_evidence pe on pe.position_id = f.id) e
            join claim c on c.id = e.claim_id
            where e.n <= %d
            order by e.question_id, e.writer, e.n""".formatted("%s", AuthorAggregation.EVIDENCE_PER_ROW);

    private final Pool pool;
    private final QuestionCatalog catalog;

    public AuthorPositionQueries(Pool pool, QuestionCatalog catalog) {
        this.pool = pool;
        this.catalog = catalog;
    }

    /** One page of author rows for the filter, after {@code cursor} (made by {@code pages} for {@code scope}). */
    Uni<Page<AuthorPosition>> page(PositionFilter filter, int size, Cursor pages, String scope, String cursor) {
        List<String> after = cursor == null ? null : pages.decode(scope, cursor, 4);
        return rows(filter, size + 1, after).map(rows -> pages.page(scope, rows, size, AuthorPositionQueries::keys));
    }

    /** All author rows of the filter (for one author: a row per question), in order. */
    Uni<List<AuthorPosition>> all(PositionFilter filter) {
        return rows(filter, null, null);
    }

    private static List<String> keys(AuthorPosition row) {
        return List.of(
                row.score() == null ? "" : BigDecimal.valueOf(row.score()).toPlainString(),
                row.author() == null ? "" : "n",
                row.author() == null ? "" : row.author().name(),
                String.valueOf(row.latest().article().id()));
    }

    private Uni<List<AuthorPosition>> rows(PositionFilter f, Integer limit, List<String> after) {
        SqlFilter sql = PositionQueries.filtered(f);
        String from = "true";
        if (after != null) {
            Long latest = Ids.parse(after.get(3));
            BigDecimal score;
            try {
                score = after.get(0).isEmpty() ? null : new BigDecimal(after.get(0));
            } catch (NumberFormatException e) {
                score = null;
                latest = null;
            }
            if (latest == null) {
                throw new DomainException.InvalidParameter(
                        "cursor", "is not a cursor this service issued for this query");
            }
            from = AFTER.formatted(
                    sql.param(score == null),
                    sql.param(Numeric.create(score == null ? BigDecimal.ZERO : score)),
                    sql.param(after.get(1).isEmpty()),
                    sql.param(after.get(2)),
                    sql.param(latest));
        }
        String query = GROUPS.formatted(FILTERED + sql.where(), from, limit == null ? "all" : sql.param(limit));
        return pool.preparedQuery(PlannedStatements.perValue(query))
                .execute(sql.tuple())
                .chain(groups -> {
                    List<Group> page = new ArrayList<>();
                    for (Row r : groups) {
                        page.add(group(r));
                    }
                    if (page.isEmpty()) {
                        return Uni.createFrom().item(List.<AuthorPosition>of());
                    }
                    return details(f, page);
                });
    }

    private Uni<List<AuthorPosition>> details(PositionFilter f, List<Group> page) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        page.forEach(g -> byKey.put(g.key(), g));
        Long[] questions = page.stream().map(Group::questionId).toArray(Long[]::new);
        Long[] writers = page.stream().map(Group::writer).toArray(Long[]::new);
        return ofPage(WEIGHTS, f, questions, writers)
                .invoke(rows -> rows.forEach(r -> {
                    Group g = byKey.get(key(r));
                    if (g == null) {
                        return;
                    }
                    double weight = r.getLong("weight") / 100.0;
                    (r.getString("kind").equals("label") ? g.labelWeights() : g.trendWeights())
                            .put(r.getString("value"), weight);
                }))
                .chain(() -> ofPage(STANCES, f, questions, writers))
                .invoke(rows -> rows.forEach(r -> {
                    Group g = byKey.get(key(r));
                    if (g == null) {
                        return;
                    }
                    Float score = r.getFloat("score");
                    g.stances()
                            .add(new Stance(
                                    r.getString("label"),
                                    score == null ? null : PositionQueries.round(score),
                                    r.getString("trend"),
                                    PositionQueries.round(r.getFloat("confidence")),
                                    PositionQueries.articleRef(r),
                                    r.getBoolean("curated")));
                }))
                .chain(() -> ofPage(EVIDENCE, f, questions, writers))
                .map(rows -> {
                    for (Row r : rows) {
                        Group g = byKey.get(key(r));
                        if (g != null) {
                            g.evidence().add(PositionQueries.evidence(r));
                        }
                    }
                    List<AuthorPosition> found = new ArrayList<>();
                    page.forEach(
                            g -> catalog.find(g.question()).ifPresent(q -> found.add(AuthorAggregation.row(q, g))));
                    return found;
                });
    }

    /** Runs one of the per-page queries over the filtered positions of the page's groups. */
    private Uni<RowSet<Row>> ofPage(String template, PositionFilter f, Long[] questions, Long[] writers) {
        SqlFilter sql = PositionQueries.filtered(f);
        // indexed: the questions, and the writers' positions (an author's, or an article's without author); this is
        // the product of the two lists, a superset of the page's (question, writer) pairs: rows of other pairs are
        // ignored (a page is one question's writers or one writer's questions, where the product is the page)
        String questionsParam = sql.param(Arrays.stream(questions).distinct().toArray(Long[]::new));
        String authors = sql.param(Arrays.stream(writers).filter(w -> w > 0).toArray(Long[]::new));
        String articles =
                sql.param(Arrays.stream(writers).filter(w -> w < 0).map(w -> -w).toArray(Long[]::new));
        sql.and("p.question_id = any(" + questionsParam + "::bigint[])");
        sql.and("(p.author_id = any(" + authors + "::bigint[]) or (p.author_id is null and p.article_id = any("
                + articles + "::bigint[])))");
        return pool.preparedQuery(PlannedStatements.perValue(template.formatted(FILTERED + sql.where())))
                .execute(sql.tuple());
    }

    private static Group group(Row r) {
        Long authorId = r.getLong("author_id");
        Long weights = r.getLong("weights");
        BigDecimal score = r.getBigDecimal("score");
        long decided = r.getLong("count_decided");
        return new Group(
                r.getLong("question_id"),
                r.getString("slug"),
                r.getLong("writer"),
                authorId == null ? null : new AuthorRef(authorId, r.getString("name"), r.getString("author_slug")),
                weights == null ? null : weights / 100.0,
                weights == null ? null : r.getLong("weighted") / 100.0 / weights,
                score == null ? null : score.doubleValue(),
                r.getLong("confidence_all") / 100.0 / r.getLong("count_all"),
                decided == 0 ? 0 : r.getLong("confidence_decided") / 100.0 / decided,
                new HashMap<>(),
                new HashMap<>(),
                new ArrayList<>(),
                new ArrayList<>());
    }

    private static String key(Row r) {
        return r.getLong("question_id") + "|" + r.getLong("writer");
    }

    /** A stored real back to the two decimals it was written with (0.85f is not 0.85). */
}
