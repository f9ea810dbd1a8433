package io.claimbase.article;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article with its cleaned body and what extraction found in it. */
@Schema(name = "Article")
public record ArticleDetail(
        @Schema(description = "The article's metadata") ArticleView article,

        @Schema(
                description = "The cleaned body; claim spans are offsets into it",
                examples = "China and Russia are not about to form an alliance, but neither are they likely to "
                        + "drift apart.")
        String body,

        @Schema(description = "What extraction found") ExtractionSummary extraction) {

    /** Counts of the article's claims, by kind and by topic. */
    @Schema(name = "ExtractionSummary")
    public record ExtractionSummary(
            @Schema(examples = "37") long claims,

            @Schema(examples = "{\"fact\": 20, \"assessment\": 12, \"prediction\": 3, \"prescription\": 2}")
            Map<String, Long> byKind,

            @Schema(examples = "{\"energy.gas\": 4, \"trade\": 3}")
            Map<String, Long> byTopic) {}
}
