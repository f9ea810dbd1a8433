package io.claimbase.position;

import io.claimbase.position.PositionViews.ArticleRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One holder of a view reported in the articles (not their authors), with what they said. */
@Schema(name = "Holder")
public record HolderView(
        @Schema(
                description = "The normalised holder: the gazetteer's name for a known actor, the group for a vague "
                        + "one (`Western experts`, `officials`), else the source as written",
                examples = "Vladimir Putin")
        String holder,

        @Schema(
                description = "The actor id when the gazetteer knows the holder",
                examples = "vladimir-putin",
                nullable = true)
        String actor,

        @Schema(
                description = "`person`, `country`, `organisation`, `company` or `group` (an actor's type), `vague` "
                        + "(a group such as experts or officials) or `source` (another source, as written)",
                examples = "person")
        String kind,

        @Schema(
                description = "The label most of their statements point to (the latest wins a tie); `not <label>` "
                        + "when they deny a label without naming another",
                examples = "strategic-partnership")
        String label,

        @Schema(description = "How many of their statements bear on the question", examples = "2")
        int statements,

        @Schema(description = "Their statements, latest first (at most 20)")
        List<Statement> quotes) {

    @Schema(name = "HolderStatement")
    public record Statement(
            @Schema(examples = "57") long claimId,

            @Schema(
                    description = "The sentence that reports the view",
                    examples = "Putin said relations between Moscow and Beijing were not an alliance.")
            String quote,

            @Schema(description = "The source as the article names it", examples = "Russian President Vladimir Putin")
            String source,

            @Schema(
                    description = "The scale label (or `not <label>`) the statement points to",
                    examples = "not alliance")
            String pointsTo,

            @Schema(description = "The cue phrases found", examples = "not an alliance")
            String cue,

            ArticleRef article) {}
}
