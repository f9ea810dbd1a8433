package io.claimbase.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimbase.article.AuthorRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as the API shows it: the sentence, where it stands in its article (span and quote selector), what kind of
 * statement it is, who asserts it and how firmly, and what it is about (topics, event, actors, time, figures).
 *
 * @param snippet with a full-text query only: the sentence with the matching words between {@code <mark>} tags
 */
@Schema(
        name = "Claim",
        requiredProperties = {
            "id",
            "article",
            "author",
            "ordinal",
            "text",
            "span",
            "quote",
            "kind",
            "attribution",
            "certainty",
            "topics",
            "eventType",
            "actors",
            "time",
            "figures",
            "confidence"
        })
public record ClaimView(
        @Schema(examples = "1042") long id,
        ArticleRef article,
        @Schema(nullable = true) AuthorRef author,

        @Schema(description = "0-based position among the article's claims, in reading order", examples = "7")
        int ordinal,

        @Schema(examples = "In 2014 Gazprom and CNPC signed a $400 billion deal on gas supplies.")
        String text,

        Span span,
        Quote quote,

        @Schema(
                enumeration = {"fact", "assessment", "prediction", "prescription"},
                examples = "fact")
        String kind,

        Attribution attribution,

        @Schema(
                enumeration = {"asserted", "hedged", "negated"},
                examples = "asserted")
        String certainty,

        @Schema(description = "Most specific topic ids (ancestors are implied)", examples = "[\"energy.gas\"]")
        List<String> topics,

        @Schema(nullable = true, examples = "deal") String eventType,

        @Schema(description = "Canonical actor ids", examples = "[\"gazprom\", \"cnpc\"]")
        List<String> actors,

        @Schema(nullable = true) Time time,
        List<FigureView> figures,

        @Schema(description = "The extractor's confidence, 0 to 1", examples = "0.82")
        double confidence,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "With `q` only: the sentence with the matching words in `<mark>` tags",
                nullable = true,
                examples = "In 2014 Gazprom and CNPC signed a $400 billion <mark>deal</mark> on gas supplies.")
        String snippet) {

    /** The article a claim comes from. */
    @Schema(name = "ClaimArticle")
    public record ArticleRef(
            @Schema(examples = "3") long id,
            @Schema(nullable = true) String title,

            @Schema(description = "Publication date in its precision", nullable = true, examples = "2019-01-09")
            String publishedOn) {}

    /** Character offsets in the article's cleaned body: {@code body.substring(start, end)} is the claim text. */
    @Schema(name = "Span")
    public record Span(
            @Schema(examples = "1530") int start,
            @Schema(examples = "1598") int end) {}

    /** A text quote selector (W3C style) to find and highlight the claim in the body. */
    @Schema(name = "QuoteSelector")
    public record Quote(String exact, String prefix, String suffix) {}

    /** Who asserts the claim: the author, or a source the author reports ({@code source} as written). */
    @Schema(name = "ClaimAttribution")
    public record Attribution(
            @Schema(enumeration = {"author", "reported"}) String type,

            @Schema(nullable = true, examples = "Vladimir Putin")
            String source) {}

    /**
     * The time the claim speaks about: a closed interval when resolved, otherwise the text only. {@code inferredFrom}
     * tells a stated period (null) from one inferred from the article: the sentence refers back ("that deal") to an
     * event an earlier sentence dates, and this is that sentence's time expression.
     */
    @Schema(name = "ClaimTime")
    public record Time(
            @Schema(nullable = true, examples = "in 2014") String text,

            @Schema(nullable = true, examples = "2014-01-01")
            LocalDate start,

            @Schema(nullable = true, examples = "2014-12-31")
            LocalDate end,

            @Schema(
                    nullable = true,
                    enumeration = {"decade", "year", "month", "day"})
            String precision,

            boolean resolved,

            @Schema(
                    nullable = true,
                    description = "Null when the sentence states the period; else the earlier time expression it "
                            + "was inferred from",
                    examples = "in May 2014")
            String inferredFrom) {}

    /** A number the claim cites, normalised (fully scaled value, unit, currency). */
    @Schema(name = "ClaimFigure")
    public record FigureView(
            @Schema(enumeration = {"money", "percent", "quantity", "count"})
            String kind,

            @Schema(examples = "$400 billion") String text,
            @Schema(examples = "400000000000") BigDecimal value,
            @Schema(nullable = true) String unit,
            @Schema(nullable = true, examples = "USD") String currency,
            Span span) {}
}
