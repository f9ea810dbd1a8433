package io.claimbase.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.claimbase.article.ArticleQueries;
import io.claimbase.db.Columns;
import io.claimbase.db.Statement;
import io.claimbase.web.Dates;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the statements of {@link ClaimSql} on the reactive pool and maps rows to API records. */
@ApplicationScoped
public class ClaimQueries {

    private static final TypeReference<List<Claim.StoredFigure>> FIGURES = new TypeReference<>() {};

    private final Pool pool;
    private final ObjectReader figures;

    public ClaimQueries(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.figures = json.readerFor(FIGURES);
    }

    /** A claim with the values of its sort keys (for the cursor of the next page). */
    public record Keyed(ClaimView claim, List<String> keys) {}

    public Uni<List<Keyed>> page(ClaimFilter filter, ClaimSort sort, List<String> after, int limit) {
        return run(ClaimSql.page(filter, sort, after, limit)).map(this::keyed);
    }

    public Uni<ClaimView> byId(long id) {
        return run(ClaimSql.byId(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next(), Columns.of(rows)));
    }

    public Uni<Long> count(ClaimFilter filter) {
        return run(ClaimSql.count(filter)).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<RowSet<Row>> facets(ClaimFilter filter) {
        return run(ClaimSql.facets(filter));
    }

    public Uni<RowSet<Row>> timeline(ClaimFilter filter, boolean byTopic) {
        return run(ClaimSql.timeline(filter, byTopic));
    }

    private Uni<RowSet<Row>> run(Statement query) {
        return pool.preparedQuery(query.sql()).execute(query.params());
    }

    private List<Keyed> keyed(RowSet<Row> rows) {
        Columns columns = Columns.of(rows);
        int k0 = columns.of("k0");
        int k1 = columns.of("k1");
        List<Keyed> claims = new ArrayList<>(rows.size());
        for (Row row : rows) {
            claims.add(new Keyed(view(row, columns), List.of(key(row.getValue(k0)), key(row.getValue(k1)))));
        }
        return claims;
    }

    private ClaimView view(Row row, Columns c) {
        String text = row.getString(c.of("text"));
        String timeText = row.getString(c.of("time_text"));
        LocalDate timeStart = row.getLocalDate(c.of("time_start"));
        ClaimView.Time time = timeText == null && timeStart == null
                ? null
                : new ClaimView.Time(
                        timeText,
                        timeStart,
                        row.getLocalDate(c.of("time_end")),
                        row.getString(c.of("time_precision")),
                        Boolean.TRUE.equals(row.getBoolean(c.of("time_resolved"))),
                        row.getString(c.of("time_inferred_from")));
        return new ClaimView(
                row.getLong(c.of("id")),
                new ClaimView.ArticleRef(
                        row.getLong(c.of("article_id")),
                        row.getString(c.of("article_title")),
                        Dates.format(
                                row.getLocalDate(c.of("article_published_on")),
                                row.getString(c.of("article_precision")))),
                ArticleQueries.authorRef(row, c),
                row.getInteger(c.of("ordinal")),
                text,
                new ClaimView.Span(row.getInteger(c.of("span_start")), row.getInteger(c.of("span_end"))),
                new ClaimView.Quote(text, row.getString(c.of("quote_prefix")), row.getString(c.of("quote_suffix"))),
                row.getString(c.of("kind")),
                new ClaimView.Attribution(row.getString(c.of("attribution")), row.getString(c.of("attributed_to"))),
                row.getString(c.of("certainty")),
                strings(row, c.of("topics")),
                row.getString(c.of("event_type")),
                strings(row, c.of("actors")),
                time,
                figures(row.getString(c.of("figures_json"))),
                Double.parseDouble(row.getFloat(c.of("confidence")).toString()), // 0.82f stays 0.82, not 0.8199999928
                c.has("snippet") ? row.getString(c.of("snippet")) : null);
    }

    private List<ClaimView.FigureView> figures(String stored) {
        if (stored.equals("[]")) {
            return List.of(); // most claims cite no figure
        }
        try {
            List<Claim.StoredFigure> read = figures.readValue(stored);
            return read.stream()
                    .map(f -> new ClaimView.FigureView(
                            f.kind(),
                            f.text(),
                            f.value(),
                            f.unit(),
                            f.currency(),
                            new ClaimView.Span(f.start(), f.end())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures are not the expected JSON", e);
        }
    }

    private static List<String> strings(Row row, int column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String key(Object value) {
        return value == null ? "" : value.toString();
    }
}
