package io.claimbase.position;

import io.claimbase.article.AuthorRef;
import io.claimbase.position.PositionViews.ArticleRef;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two claims by different authors that move the same subject in opposite directions. */
@Schema(name = "Contrast")
public record ContrastView(
        @Schema(examples = "trade") String topic,

        @Schema(description = "What moves, as a subject group of directions.yaml", examples = "trade")
        String subject,

        @Schema(
                description =
                        "true when both claims have a period (and the periods overlap); false when one is " + "undated")
        boolean dated,

        Side up,
        Side down) {

    /** One claim of a contrast, with its quote. */
    @Schema(name = "ContrastSide")
    public record Side(
            @Schema(examples = "120") long claimId,
            ArticleRef article,
            @Schema(nullable = true) AuthorRef author,

            @Schema(examples = "Bilateral trade between the two countries in 2018 is up 25 percent from 2017.")
            String quote,

            @Schema(description = "The direction word, as written", examples = "up")
            String cue,

            @Schema(nullable = true) LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd) {}
}
