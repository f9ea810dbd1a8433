package io.claimbase.extract.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * One hand-annotated article of the gold set (src/test/resources/gold, see its README): either a seed ({@code file})
 * or an article written for the tests ({@code text}), with every claim a reader found in it.
 */
public record GoldArticle(
        String file,
        String text,
        String title,
        String author,
        String affiliation,
        String outlet,
        String publishedOn,
        List<String> boilerplate,
        List<String> nonClaims,
        List<GoldClaim> claims,
        List<GoldPosition> positions) {

    /** A name for reports: the seed file or the test article's title. */
    public String name() {
        return file != null ? file : title;
    }

    public List<GoldPosition> positionsOrEmpty() {
        return positions == null ? List.of() : positions;
    }

    public record GoldClaim(
            String text,
            String kind,
            String attribution,
            String source,
            String certainty,
            List<String> topics,
            String event,
            List<String> actors,
            GoldTime time,
            List<GoldFigure> figures) {}

    /**
     * Either a resolved interval (start, end, precision) or an unresolved expression (text, resolved=false). An
     * interval the sentence does not state itself, but a reader infers from the article (an event dated earlier),
     * is marked {@code inferred} with what it was inferred {@code from} (blind set 4 onwards).
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record GoldTime(
            String start, String end, String precision, String text, Boolean resolved, Boolean inferred, String from) {

        public boolean isResolved() {
            return start != null && (resolved == null || resolved);
        }

        public boolean isInferred() {
            return Boolean.TRUE.equals(inferred);
        }
    }

    public record GoldFigure(String kind, BigDecimal value, String unit, String currency) {}

    public record GoldPosition(
            String question,
            String label,
            Double score,
            String trend,
            List<GoldEvidence> evidence,
            List<GoldReportedView> reported,
            String note) {}

    /** A view of the relationship the article reports (blind set 4 onwards): who holds it, and which label. */
    public record GoldReportedView(String holder, String label, String text) {}

    public record GoldEvidence(String text, boolean supports) {}
}
