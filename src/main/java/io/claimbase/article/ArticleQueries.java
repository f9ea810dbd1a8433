package io.claimbase.article;

import io.claimbase.db.Columns;
import io.claimbase.db.PlannedStatements;
import io.claimbase.db.SqlFilter;
import io.claimbase.db.Statement;
import io.claimbase.error.DomainException;
import io.claimbase.web.Dates;
import io.claimbase.web.Ids;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-side SQL for articles: filtered keyset pages and per-article extraction counts, all with bound parameters. */
@ApplicationScoped
public class ArticleQueries {

    static final String SELECT_VIEW = """
            select a.id, a.title, a.outlet, a.url, a.published_on, a.published_precision, a.word_count,
                   a.extractor_version, a.ingested_at, au.id as author_id, au.name as author_name,
                   au.slug as author_slug, (select count(*) from claim c where c.article_id = a.id) as claim_count
            from article a left join author au on au.id = a.author_id""";

    private final Pool pool;

    public ArticleQueries(Pool pool) {
        this.pool = pool;
    }

    /** One page in id order, starting after {@code afterId}; fetches one row more than asked to know if more exist. */
    public Uni<List<ArticleView>> page(ArticleFilter filter, Long afterId, int limit) {
        Statement page = pageStatement(filter, afterId, limit);
        return pool.preparedQuery(page.sql()).execute(page.params()).map(ArticleQueries::views);
    }

    /** The statement of {@link #page} (public for the benchmark's check that its SQL is the service's). */
    public static Statement pageStatement(ArticleFilter filter, Long afterId, int limit) {
        SqlFilter where = new SqlFilter()
                .and("a.author_id = ?", Ids.parse(filter.author()))
                .and("au.slug = ?", Ids.parse(filter.author()) == null ? filter.author() : null)
                .and("lower(a.outlet) = lower(?)", filter.outlet())
                .and("a.published_on > ?", filter.publishedAfter())
                .and("a.published_on < ?", filter.publishedBefore())
                .and("a.search @@ websearch_to_tsquery('english', ?)", filter.q())
                .and("a.id > ?", afterId);
        String sql = SELECT_VIEW + where.where() + " order by a.id limit " + where.param(limit + 1);
        // by author or cursor alone the plan is the same for every value; outlet, dates and text are skewed filters
        boolean skewed = filter.outlet() != null
                || filter.publishedAfter() != null
                || filter.publishedBefore() != null
                || filter.q() != null;
        return new Statement(skewed ? PlannedStatements.perValue(sql) : sql, where.tuple());
    }

    /** Completes when the article exists; fails with a 404 problem when it does not. */
    public Uni<Void> requireExists(long id) {
        return pool.preparedQuery("select 1 from article where id = $1")
                .execute(Tuple.of(id))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw new DomainException.NotFound("article", id);
                    }
                })
                .replaceWithVoid();
    }

    /** The id of the article stored with this content hash, or a null item when there is none. */
    public Uni<Long> idByContentHash(String contentHash) {
        return pool.preparedQuery("select id from article where content_hash = $1")
                .execute(Tuple.of(contentHash))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    /** How many claims the article has. */
    public Uni<Long> claimCount(long articleId) {
        return pool.preparedQuery("select count(*) from claim where article_id = $1")
                .execute(Tuple.of(articleId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<ArticleView> view(long id) {
        return pool.preparedQuery(SELECT_VIEW + " where a.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> views(rows).stream().findFirst().orElse(null));
    }

    public Uni<List<ArticleView>> byAuthor(long authorId) {
        return pool.preparedQuery(SELECT_VIEW + " where a.author_id = $1 order by a.published_on nulls last, a.id")
                .execute(Tuple.of(authorId))
                .map(ArticleQueries::views);
    }

    public Uni<String> body(long id) {
        return pool.preparedQuery("select body from article where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    /**
     * The counts of an article's claims by kind and by topic, most frequent first, then by name in code-point order
     * ({@code collate "C"}, whatever the database's collation: the answer to an ingest orders them the same way).
     */
    public Uni<ArticleDetail.ExtractionSummary> summary(long articleId) {
        Uni<Map<String, Long>> byKind = counts("""
                select kind, count(*) from claim where article_id = $1
                group by kind order by count(*) desc, kind collate "C\"""", articleId);
        Uni<Map<String, Long>> byTopic = counts("""
                select t, count(*) from claim, unnest(topics) t where article_id = $1
                group by t order by count(*) desc, t collate "C\"""", articleId);
        return Uni.combine()
                .all()
                .unis(byKind, byTopic)
                .asTuple()
                .map(t -> new ArticleDetail.ExtractionSummary(
                        t.getItem1().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        t.getItem1(),
                        t.getItem2()));
    }

    private Uni<Map<String, Long>> counts(String sql, long articleId) {
        return pool.preparedQuery(sql).execute(Tuple.of(articleId)).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
            return counts;
        });
    }

    static List<ArticleView> views(RowSet<Row> rows) {
        List<ArticleView> views = new ArrayList<>(rows.size());
        for (Row row : rows) {
            views.add(new ArticleView(
                    row.getLong("id"),
                    row.getString("title"),
                    authorRef(row),
                    row.getString("outlet"),
                    row.getString("url"),
                    Dates.format(row.getLocalDate("published_on"), row.getString("published_precision")),
                    row.getString("published_precision"),
                    row.getInteger("word_count"),
                    row.getLong("claim_count"),
                    row.getString("extractor_version"),
                    row.getOffsetDateTime("ingested_at")));
        }
        return views;
    }

    /**
     * The writer of the row's article from its {@code author_id}, {@code author_name} and {@code author_slug} columns;
     * null for an unsigned article.
     */
    public static AuthorRef authorRef(Row row) {
        Long id = row.getLong("author_id");
        return id == null ? null : new AuthorRef(id, row.getString("author_name"), row.getString("author_slug"));
    }

    /** {@link #authorRef(Row)} with the result's column positions found once. */
    public static AuthorRef authorRef(Row row, Columns columns) {
        Long id = row.getLong(columns.of("author_id"));
        return id == null
                ? null
                : new AuthorRef(id, row.getString(columns.of("author_name")), row.getString(columns.of("author_slug")));
    }

    /** The article with its cleaned body and what extraction found; a null item when there is none. */
    public Uni<ArticleDetail> detail(long id) {
        return view(id).chain(view -> view == null
                ? Uni.createFrom().nullItem()
                : Uni.combine()
                        .all()
                        .unis(body(id), summary(id))
                        .asTuple()
                        .map(t -> new ArticleDetail(view, t.getItem1(), t.getItem2())));
    }
}
