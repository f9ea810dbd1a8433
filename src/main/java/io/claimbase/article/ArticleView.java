package io.claimbase.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as lists show it (no body). */
@Schema(name = "ArticleSummary")
public record ArticleView(
        @Schema(examples = "3") long id,

        @Schema(examples = "China and Russia Strengthen Their Relations", nullable = true)
        String title,

        @Schema(nullable = true) AuthorRef author,

        @Schema(examples = "East Asia Forum", nullable = true)
        String outlet,

        @Schema(
                examples = "https://eastasiaforum.org/2019/01/09/china-and-russia-strengthen-their-relations/",
                nullable = true)
        String url,

        @Schema(
                description = "Publication date in its precision: YYYY, YYYY-MM or YYYY-MM-DD",
                examples = "2019-01-09",
                nullable = true)
        String publishedOn,

        @Schema(
                examples = "day",
                nullable = true,
                enumeration = {"year", "month", "day"})
        String publishedPrecision,

        @Schema(examples = "1042") int wordCount,
        @Schema(examples = "37") long claimCount,
        @Schema(examples = "1.13.0") String extractorVersion,

        @Schema(description = "When the service stored the article", examples = "2026-11-23T08:15:30Z")
        OffsetDateTime ingestedAt) {}
