package io.claimbase.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.article.ArticleQueries;
import io.claimbase.db.Statement;
import io.claimbase.web.Dates;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the statements of {@link ClaimSql} on the reactive pool and maps rows to API records. */
@ApplicationScoped
public class ClaimQueries {

    private static final TypeReference<List<Claim.StoredFigure>> FIGURES = new TypeReference<>() {};

    private final Pool pool;
    private final ObjectMapper json;

    public ClaimQueries(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A claim with the values of its sort keys (for the cursor of the next page). */
    public record Keyed(ClaimView claim, List<String> keys) {}

    public Uni<List<Keyed>> page(ClaimFilter filter, ClaimSort sort, List<String> after, int limit) {
        return run(ClaimSql.page(filter, sort, after, limit)).map(this::keyed);
    }

    public Uni<ClaimView> byId(long id) {
        return run(ClaimSql.byId(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
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
        List<Keyed> claims = new ArrayList<>(rows.size());
        for (Row row : rows) {
            claims.add(new Keyed(view(row), List.of(key(row.getValue("k0")), key(row.getValue("k1")))));
        }
        return claims;
    }

    private ClaimView view(Row row) {
        String text = row.getString("text");
        String timeText = row.getString("time_text");
        ClaimView.Time time = timeText == null && row.getLocalDate("time_start") == null
                ? null
                : new ClaimView.Time(
                        timeText,
                        row.getLocalDate("time_start"),
                        row.getLocalDate("time_end"),
                        row.getString("time_precision"),
                        Boolean.TRUE.equals(row.getBoolean("time_resolved")),
                        row.getString("time_inferred_from"));
        return new ClaimView(
                row.getLong("id"),
                new ClaimView.ArticleRef(
                        row.getLong("article_id"),
                        row.getString("article_title"),
                        Dates.format(row.getLocalDate("article_published_on"), row.getString("article_precision"))),
                ArticleQueries.authorRef(row),
                row.getInteger("ordinal"),
                text,
                new ClaimView.Span(row.getInteger("span_start"), row.getInteger("span_end")),
                new ClaimView.Quote(text, row.getString("quote_prefix"), row.getString("quote_suffix")),
                row.getString("kind"),
                new ClaimView.Attribution(row.getString("attribution"), row.getString("attributed_to")),
                row.getString("certainty"),
                strings(row, "topics"),
                row.getString("event_type"),
                strings(row, "actors"),
                time,
                figures(row.getString("figures_json")),
                Double.parseDouble(row.getFloat("confidence").toString()), // 0.82f stays 0.82, not 0.8199999928
                row.getColumnIndex("snippet") >= 0 ? row.getString("snippet") : null);
    }

    private List<ClaimView.FigureView> figures(String stored) {
        try {
            return json.readValue(stored, FIGURES).stream()
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

    private static List<String> strings(Row row, String column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String key(Object value) {
        return value == null ? "" : value.toString();
    }
}
