package io.claimbase.position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's position on one article for one question; it wins over the extracted one and survives re-extraction. */
@Schema(
        name = "CuratedPosition",
        description = "An editor's position. `label` is a label of the question's scale or "
                + "`undetermined`; `score` defaults to the label's score and must lie within half a step of it (null for "
                + "`undetermined`).")
public record CuratedPosition(
        @Schema(required = true, examples = "quasi-alliance") @NotBlank @Size(max = 100)
        String label,

        @Schema(examples = "3", nullable = true) Double score,

        @Schema(
                examples = "strengthening",
                nullable = true,
                enumeration = {"strengthening", "stable", "weakening"})
        @Pattern(regexp = "strengthening|stable|weakening", message = "must be strengthening, stable or weakening")
        String trend,

        @Schema(
                description = "Why the editor set it",
                examples = "The author calls it a quasi-alliance in the title.",
                nullable = true)
        @Size(max = 2000)
        String note) {

    CuratedPosition withScore(Double value) {
        return new CuratedPosition(label, value, trend, note);
    }
}
