package io.claimbase.position;

import io.claimbase.article.AuthorRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of positions. */
public final class PositionViews {

    private PositionViews() {}

    @Schema(name = "ArticleRef")
    public record ArticleRef(
            @Schema(examples = "2") long id,

            @Schema(examples = "China and Russia Strengthen Their Relations", nullable = true)
            String title,

            @Schema(examples = "2019-01-09", nullable = true)
            String publishedOn) {}

    /** A claim that bears on a position, with the words that made it count. */
    @Schema(name = "Evidence")
    public record Evidence(
            @Schema(examples = "41") long claimId,
            @Schema(examples = "2") long articleId,

            @Schema(
                    description = "The claim's sentence",
                    examples = "Yet the exaggerated gestures of goodwill cannot "
                            + "quite camouflage the underlying tensions in this presidential pseudo-alliance.")
            String quote,

            @Schema(description = "Offset of the quote in the article's cleaned body", examples = "512")
            int start,

            @Schema(examples = "641") int end,

            @Schema(
                    description = "The cue phrases found, as written; a negated cue includes its negation",
                    examples = "pseudo-alliance")
            String cue,

            @Schema(
                    description = "The scale label (or trend) the cue points to",
                    examples = "limited-partnership",
                    nullable = true)
            String pointsTo,

            @Schema(description = "false: the claim counts against the position's label")
            boolean supports,

            @Schema(
                    description = "How much it counted for the author; 0 for reported or hypothetical views",
                    examples = "2")
            double weight,

            @Schema(
                    examples = "author",
                    enumeration = {"author", "reported"})
            String attribution,

            @Schema(description = "The reported source", examples = "Dmitry Peskov", nullable = true)
            String source) {}

    /** One author's position in one article. */
    @Schema(name = "ArticlePosition")
    public record ArticlePosition(
            @Schema(examples = "china-russia-alignment") String question,
            ArticleRef article,
            @Schema(nullable = true) AuthorRef author,
            @Schema(examples = "limited-partnership") String label,
            @Schema(examples = "1", nullable = true) Double score,
            @Schema(examples = "weakening", nullable = true) String trend,
            @Schema(examples = "0.85") double confidence,
            @Schema(nullable = true) String rationale,

            @Schema(description = "Set by an editor: wins over extraction and survives re-extraction")
            boolean curated,

            @Schema(nullable = true) String note,

            @Schema(
                    description = "Who set the curated position (the token's user name); null for an extracted one",
                    examples = "editor@example.org",
                    nullable = true)
            String curatedBy,

            List<Evidence> evidence) {}

    /** A label, score, trend and confidence (of one article, or aggregated over several). */
    @Schema(name = "Stance")
    public record Stance(
            @Schema(examples = "quasi-alliance") String label,
            @Schema(examples = "2.8", nullable = true) Double score,

            @Schema(examples = "strengthening", nullable = true)
            String trend,

            @Schema(examples = "0.7") double confidence,

            @Schema(description = "The article (for one article's stance)", nullable = true)
            ArticleRef article,

            @Schema(nullable = true) Boolean curated) {}

    /** One author's position on one question, over their articles: overall (the top-level fields) and latest. */
    @Schema(name = "AuthorPosition")
    public record AuthorPosition(
            @Schema(examples = "china-russia-alignment") String question,

            @Schema(
                    description = "null for articles without a known author (then one row per article)",
                    nullable = true)
            AuthorRef author,

            @Schema(examples = "limited-partnership") String label,
            @Schema(examples = "1.2", nullable = true) Double score,
            @Schema(examples = "weakening", nullable = true) String trend,
            @Schema(examples = "0.8") double confidence,

            @Schema(description = "The stance of the author's latest article")
            Stance latest,

            @Schema(description = "The stances of the author's latest articles (at most 50), latest first")
            List<Stance> articles,

            @Schema(description = "The strongest evidence across the articles, supporting first")
            List<Evidence> evidence) {}
}
