package io.claimbase.claim;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * Claims as CSV for spreadsheets: RFC 4180 (comma, CRLF, fields with commas, quotes or line breaks quoted, quotes
 * doubled), a header row, one row per claim; list values (topics, actors, figures) joined with {@code "; "}.
 */
final class ClaimCsv {

    static final List<String> HEADER = List.of(
            "id",
            "article_id",
            "article_title",
            "published_on",
            "author",
            "author_name",
            "ordinal",
            "text",
            "kind",
            "attribution",
            "attribution_source",
            "certainty",
            "topics",
            "event_type",
            "actors",
            "time_text",
            "time_start",
            "time_end",
            "time_precision",
            "figures",
            "confidence",
            "span_start",
            "span_end");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setNullString("").get();
    private static final String LINE_END = "\r\n";

    private ClaimCsv() {}

    static String header() {
        return FORMAT.format(HEADER.toArray()) + LINE_END;
    }

    static String rows(List<ClaimView> claims) {
        StringBuilder out = new StringBuilder(claims.size() * 400);
        for (ClaimView c : claims) {
            out.append(row(c)).append(LINE_END);
        }
        return out.toString();
    }

    static String row(ClaimView c) {
        ClaimView.Time time = c.time();
        return FORMAT.format(
                c.id(),
                c.article().id(),
                c.article().title(),
                c.article().publishedOn(),
                c.author() == null ? null : c.author().slug(),
                c.author() == null ? null : c.author().name(),
                c.ordinal(),
                c.text(),
                c.kind(),
                c.attribution().type(),
                c.attribution().source(),
                c.certainty(),
                String.join("; ", c.topics()),
                c.eventType(),
                String.join("; ", c.actors()),
                time == null ? null : time.text(),
                time == null ? null : time.start(),
                time == null ? null : time.end(),
                time == null ? null : time.precision(),
                c.figures().stream().map(ClaimCsv::figure).collect(Collectors.joining("; ")),
                c.confidence(),
                c.span().start(),
                c.span().end());
    }

    private static String figure(ClaimView.FigureView f) {
        StringBuilder s =
                new StringBuilder(f.kind()).append(' ').append(f.value().toPlainString());
        if (f.currency() != null) {
            s.append(' ').append(f.currency());
        }
        if (f.unit() != null) {
            s.append(' ').append(f.unit());
        }
        return s.toString();
    }
}
