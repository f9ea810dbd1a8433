package io.claimbase.claim;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.article.ArticleQueries;
import io.claimbase.error.DomainException;
import io.claimbase.web.Cursor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The read side of claims: filtered keyset pages, single claims, facet counts, timelines and full exports. */
@ApplicationScoped
public class ClaimService {

    /** Rows fetched per round trip when an export streams every match. */
    static final int EXPORT_CHUNK = 500;

    private final ClaimQueries queries;
    private final ArticleQueries articles;
    private final Cursor cursor;

    public ClaimService(ClaimQueries queries, ArticleQueries articles, ClaimbaseConfig config) {
        this.queries = queries;
        this.articles = articles;
        this.cursor = new Cursor(config.api().cursorSecret());
    }

    /** One page after {@code cursorValue} (null: the first), with the total when {@code count} is asked. */
    public Uni<ClaimPage> page(ClaimFilter filter, ClaimSort sort, String cursorValue, int limit, boolean count) {
        List<String> after = cursorValue == null ? null : cursor.decode(sort.scope(), cursorValue, 2);
        Uni<ClaimPage> page = queries.page(filter, sort, after, limit + 1).map(rows -> {
            var paged = cursor.page(sort.scope(), rows, limit, ClaimQueries.Keyed::keys);
            return new ClaimPage(
                    paged.items().stream().map(ClaimQueries.Keyed::claim).toList(), paged.next(), null);
        });
        if (!count) {
            return page;
        }
        return Uni.combine()
                .all()
                .unis(page, queries.count(filter))
                .asTuple()
                .map(t -> new ClaimPage(t.getItem1().items(), t.getItem1().next(), t.getItem2()));
    }

    /** The claims of one article in reading order; a 404 when there is no such article. */
    public Uni<ClaimPage> ofArticle(long articleId, String cursorValue, int limit) {
        return articles.requireExists(articleId)
                .chain(() ->
                        page(ClaimFilter.ofArticle(articleId), ClaimSort.READING_ORDER, cursorValue, limit, false));
    }

    public Uni<ClaimView> get(long id) {
        return queries.byId(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("claim", id));
    }

    /**
     * Every claim matching the filter, in {@code sort} order, fetched in keyset chunks of {@value #EXPORT_CHUNK}
     * rows: memory stays flat however many match, and no transaction is held open while the client reads.
     */
    public Multi<ClaimView> export(ClaimFilter filter, ClaimSort sort) {
        AtomicReference<List<String>> after = new AtomicReference<>();
        return Multi.createBy()
                .repeating()
                .uni(() -> queries.page(filter, sort, after.get(), EXPORT_CHUNK).invoke(rows -> {
                    if (!rows.isEmpty()) {
                        after.set(rows.get(rows.size() - 1).keys());
                    }
                }))
                .until(List::isEmpty)
                .onItem()
                .<ClaimQueries.Keyed>disjoint()
                .map(ClaimQueries.Keyed::claim);
    }

    public Uni<ClaimFacets> facets(ClaimFilter filter) {
        return queries.facets(filter).map(rows -> {
            Map<String, List<ClaimFacets.Count>> byFacet = new LinkedHashMap<>();
            List<ClaimFacets.YearCount> years = new ArrayList<>();
            long total = 0;
            for (Row row : rows) {
                String facet = row.getString("facet");
                long n = row.getLong("n");
                switch (facet) {
                    case "total" -> total = n;
                    case "year" -> years.add(new ClaimFacets.YearCount(Integer.parseInt(row.getString("value")), n));
                    default ->
                        byFacet.computeIfAbsent(facet, f -> new ArrayList<>())
                                .add(new ClaimFacets.Count(row.getString("value"), row.getString("label"), n));
                }
            }
            years.sort(Comparator.comparingInt(ClaimFacets.YearCount::year));
            return new ClaimFacets(
                    total,
                    top(byFacet, "topic"),
                    top(byFacet, "event"),
                    top(byFacet, "kind"),
                    top(byFacet, "certainty"),
                    top(byFacet, "actor"),
                    top(byFacet, "author"),
                    List.copyOf(years));
        });
    }

    /** Counts per year; with {@code byTopic} also one series per topic. */
    public Uni<ClaimTimeline> timeline(ClaimFilter filter, boolean byTopic) {
        Uni<List<ClaimFacets.YearCount>> years = queries.timeline(filter, false).map(rows -> {
            List<ClaimFacets.YearCount> counts = new ArrayList<>();
            rows.forEach(row -> counts.add(new ClaimFacets.YearCount(row.getInteger(0), row.getLong(2))));
            return List.copyOf(counts);
        });
        if (!byTopic) {
            return years.map(y -> new ClaimTimeline(y, null));
        }
        Uni<List<ClaimTimeline.TopicSeries>> topics = queries.timeline(filter, true)
                .map(rows -> {
                    Map<String, List<ClaimFacets.YearCount>> series = new LinkedHashMap<>();
                    rows.forEach(row -> series.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                            .add(new ClaimFacets.YearCount(row.getInteger(0), row.getLong(2))));
                    return series.entrySet().stream()
                            .map(e -> new ClaimTimeline.TopicSeries(e.getKey(), List.copyOf(e.getValue())))
                            .toList();
                });
        return Uni.combine()
                .all()
                .unis(years, topics)
                .asTuple()
                .map(t -> new ClaimTimeline(t.getItem1(), t.getItem2()));
    }

    private static List<ClaimFacets.Count> top(Map<String, List<ClaimFacets.Count>> byFacet, String facet) {
        return byFacet.getOrDefault(facet, List.of()).stream()
                .sorted(Comparator.comparingLong(ClaimFacets.Count::count)
                        .reversed()
                        .thenComparing(ClaimFacets.Count::value))
                .limit(ClaimFacets.TOP)
                .toList();
    }
}
