package io.claimbase.ingest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of re-extracting one article: its claims before and after, and the extractor that read it. */
@Schema(name = "Reextraction")
public record Reextraction(
        @Schema(examples = "3") long articleId,

        @Schema(description = "Claims the article had before", examples = "35")
        int claimsBefore,

        @Schema(description = "Claims it has now", examples = "37")
        int claimsAfter,

        @Schema(examples = "1.13.0") String extractorVersion) {

    /** The outcome of re-extracting every outdated article. */
    @Schema(name = "ReextractionRun")
    public record Run(
            @Schema(description = "The extractor version now current", examples = "1.13.0")
            String extractorVersion,

            @Schema(description = "One entry per article that was re-extracted")
            List<Reextraction> articles) {}
}
