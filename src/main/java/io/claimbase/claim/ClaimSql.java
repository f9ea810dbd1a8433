package io.claimbase.claim;

import io.claimbase.db.PlannedStatements;
import io.claimbase.db.SqlFilter;
import io.claimbase.db.Statement;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/**
 * Builds the SQL of claim queries from a {@link ClaimFilter}: every value is a bound parameter, the text of the
 * statement depends only on which filters are present. Each filter maps to an indexed predicate: topics and actors are
 * GIN array overlaps/containment on {@code topic_paths}/{@code actors}, time bounds B-tree comparisons (a window: a
 * GiST range overlap, except in time order), {@code q} a GIN text-search match, event/kind/author/article B-tree
 * lookups; in reading order the covering index of V2 checks the usual filters without visiting the table.
 */
final class ClaimSql {

    static final String COLUMNS = """
            c.id, c.article_id, c.author_id, c.ordinal, c.text, c.span_start, c.span_end, c.quote_prefix, \
            c.quote_suffix, c.kind, c.attribution, c.attributed_to, c.certainty, c.topics, c.event_type, c.actors, \
            c.time_text, c.time_start, c.time_end, c.time_precision, c.time_resolved, c.time_inferred_from, \
            c.figures::text as figures_json, \
            c.confidence""";

    /** The article and author columns of a claim row (with {@link #JOINS}). */
    private static final String REFERENCES = "a.title as article_title, a.published_on as article_published_on, "
            + "a.published_precision as article_precision, au.name as author_name, au.slug as author_slug";

    private static final String JOINS =
            " join article a on a.id = c.article_id left join author au on au.id = c.author_id";

    private static final String HEADLINE_OPTIONS =
            "'StartSel=<mark>, StopSel=</mark>, MaxWords=60, MinWords=20, " + "HighlightAll=false'";

    private ClaimSql() {}

    /** One page in {@code sort} order, after the row whose keys are {@code after} (null: from the start). */
    static Statement page(ClaimFilter filter, ClaimSort sort, List<String> after, int limit) {
        Where where = where(filter, sort.field() == ClaimSort.Field.TIME);
        String[] keys = keyExpressions(sort, where.tsQuery);
        if (after != null) {
            where.sql.and(keyset(sort, keys, sort.typedKeys(after), where.sql));
        }
        boolean joinArticle = filter.filtersOnPublication() || sort.field() == ClaimSort.Field.PUBLISHED;
        // the inner query finds the ids of the page only (an index-only scan where the covering index serves it),
        // the outer one reads those rows
        String inner = "select c.id, " + keys[0] + " as k0, " + keys[1] + " as k1 from " + from(joinArticle)
                + where.sql.where() + " order by " + orderBy(sort, "k0", "k1") + " limit " + where.sql.param(limit);
        return new Statement(
                PlannedStatements.perValue(outer(inner, orderBy(sort, "p.k0", "p.k1"), where.tsQuery)),
                where.sql.tuple());
    }

    /** One claim: a primary-key lookup joined straight to its article and author (nothing to page, no keys). */
    static Statement byId(long id) {
        return new Statement(
                "select " + COLUMNS + ", " + REFERENCES + " from claim c" + JOINS + " where c.id = $1", Tuple.of(id));
    }

    static Statement count(ClaimFilter filter) {
        Where where = where(filter, false);
        return new Statement(
                PlannedStatements.perValue(
                        "select count(*) from " + from(filter.filtersOnPublication()) + where.sql.where()),
                where.sql.tuple());
    }

    /** Counts by facet: rows of (facet, value, label, count); facet {@code total} carries the number of matches. */
    static Statement facets(ClaimFilter filter) {
        Where where = where(filter, false);
        String sql = "with m as materialized (select c.topic_paths, c.event_type, c.kind, c.certainty, c.actors, "
                + "c.author_id, c.time_start, c.time_end from " + from(filter.filtersOnPublication())
                + where.sql.where()
                + ")\n" + """
                select 'total' as facet, null as value, null as label, count(*) as n from m
                union all select 'topic', t, null, count(*) from m, unnest(m.topic_paths) t group by t
                union all select 'event', m.event_type, null, count(*) from m where m.event_type is not null
                    group by m.event_type
                union all select 'kind', m.kind, null, count(*) from m group by m.kind
                union all select 'certainty', m.certainty, null, count(*) from m group by m.certainty
                union all select 'actor', x, null, count(*) from m, unnest(m.actors) x group by x
                union all select 'author', au.slug, au.name, count(*) from m join author au on au.id = m.author_id
                    group by au.slug, au.name
                union all select 'year', y::text, null, count(*) from m,
                    generate_series(extract(year from m.time_start)::int, extract(year from m.time_end)::int) y
                    where m.time_start is not null group by y""";
        return new Statement(PlannedStatements.perValue(sql), where.sql.tuple());
    }

    /** Counts per year of the period spoken about (a claim counts in every year it covers), per topic if asked. */
    static Statement timeline(ClaimFilter filter, boolean byTopic) {
        Where where = where(filter, false);
        where.sql.and("c.time_start is not null");
        String sql = "with m as materialized (select c.topic_paths, c.time_start, c.time_end from "
                + from(filter.filtersOnPublication()) + where.sql.where() + ")\n"
                + "select y" + (byTopic ? ", t" : ", null") + ", count(*) from m"
                + (byTopic ? ", unnest(m.topic_paths) t" : "")
                + ", generate_series(extract(year from m.time_start)::int, extract(year from m.time_end)::int) y"
                + " group by y" + (byTopic ? ", t order by t, y" : " order by y");
        return new Statement(PlannedStatements.perValue(sql), where.sql.tuple());
    }

    /** The conditions of a filter, and the tsquery expression when there is a full-text query. */
    private record Where(SqlFilter sql, String tsQuery) {}

    private static Where where(ClaimFilter f, boolean timeOrder) {
        SqlFilter w = new SqlFilter()
                .and("c.topic_paths && ?::text[]", array(f.topics()))
                .and(
                        f.events().size() == 1 ? "c.event_type = ?" : "c.event_type = any(?::text[])",
                        f.events().size() == 1 ? f.events().get(0) : array(f.events()))
                .and("c.kind = any(?::text[])", array(f.kinds()))
                .and("c.certainty = any(?::text[])", array(f.certainties()))
                .and(f.allActors() ? "c.actors @> ?::text[]" : "c.actors && ?::text[]", array(f.actors()))
                .and("c.author_id = ?", f.authorId())
                .and("c.author_id = (select id from author where slug = ?)", f.authorSlug())
                .and("c.article_id = ?", f.articleId())
                .and("c.attribution = ?", f.attribution())
                .and("a.published_on > ?", f.publishedAfter())
                .and("a.published_on < ?", f.publishedBefore());
        // overlap of the claim's period [time_start, time_end] with the open interval (after, before): one bound is a
        // B-tree comparison; a window is a GiST range overlap (counts, facets, timelines, pages in reading order find
        // the few periods that overlap it directly), except in time order, where both bounds are B-tree comparisons:
        // an index-only scan of (time_start, id) include time_end (V8) then stops after one page, where with the range
        // overlap the planner walked the time index to the heap for every period that ended before the window
        if (f.after() != null && f.before() != null && !timeOrder) {
            w.and("c.period && daterange(" + w.param(f.after()) + "::date, " + w.param(f.before()) + "::date, '()')");
        } else {
            w.and("c.time_end > ?::date", f.after());
            w.and("c.time_start < ?::date", f.before());
        }
        String tsQuery = null;
        if (f.q() != null) {
            tsQuery = "websearch_to_tsquery('english', " + w.param(f.q()) + ")";
            w.and("c.search @@ " + tsQuery);
        }
        return new Where(w, tsQuery);
    }

    private static String from(boolean joinArticle) {
        return joinArticle ? "claim c join article a on a.id = c.article_id" : "claim c";
    }

    private static String[] keyExpressions(ClaimSort sort, String tsQuery) {
        return switch (sort.field()) {
            case ARTICLE -> new String[] {"c.article_id", "c.ordinal"};
            case RELEVANCE -> new String[] {"ts_rank(c.search, " + tsQuery + ")", "c.id"};
            case TIME -> new String[] {"c.time_start", "c.id"};
            case PUBLISHED -> new String[] {"a.published_on", "c.id"};
        };
    }

    /** Rows strictly after the cursor's row in the sort order (nullable first keys sort last in both directions). */
    private static String keyset(ClaimSort sort, String[] keys, List<Object> values, SqlFilter w) {
        String cmp = sort.descending() ? "<" : ">";
        Object first = values.get(0);
        String second = w.param(values.get(1));
        if (!sort.nullableKey()) {
            String cast = sort.field() == ClaimSort.Field.RELEVANCE ? "::real" : "";
            return "(" + keys[0] + ", " + keys[1] + ") " + cmp + " (" + w.param(first) + cast + ", " + second + ")";
        }
        if (first == null) {
            return "(" + keys[0] + " is null and " + keys[1] + " " + cmp + " " + second + ")";
        }
        String k = w.param(first);
        return "(" + keys[0] + " " + cmp + " " + k + " or (" + keys[0] + " = " + k + " and " + keys[1] + " " + cmp + " "
                + second + ") or " + keys[0] + " is null)";
    }

    private static String orderBy(ClaimSort sort, String k0, String k1) {
        String direction = sort.descending() ? " desc" : "";
        String nulls = sort.descending() && sort.nullableKey() ? " nulls last" : "";
        return k0 + direction + nulls + ", " + k1 + direction;
    }

    /**
     * Adds the article and author of each row of a page, and the highlighted snippet for full-text queries. The
     * article and author come from a lateral subquery that {@code offset 0} keeps from being merged into the join: the
     * planner then plans two small statements instead of searching a four-way join (0.2 instead of 0.35 ms of
     * planning at 1M claims, paid on every execution of a statement planned per value).
     */
    private static String outer(String inner, String orderBy, String tsQuery) {
        return "select " + COLUMNS + ", p.k0, p.k1, r.*"
                + (tsQuery == null
                        ? ""
                        : ", ts_headline('english', c.text, " + tsQuery + ", " + HEADLINE_OPTIONS + ") as snippet")
                + " from (" + inner + ") p join claim c on c.id = p.id cross join lateral (select " + REFERENCES
                + " from article a left join author au on au.id = c.author_id where a.id = c.article_id offset 0) r"
                + " order by " + orderBy;
    }

    private static String[] array(List<String> values) {
        return values.isEmpty() ? null : values.toArray(String[]::new);
    }
}
