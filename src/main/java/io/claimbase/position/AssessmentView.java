package io.claimbase.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a question's assessment job stands. */
@Schema(name = "Assessment")
public record AssessmentView(
        @Schema(examples = "eu-china-triad") String question,

        @Schema(description = "The question version the job assesses with", examples = "2")
        int questionVersion,

        @Schema(
                description = "`running` until every stored article is assessed, then `succeeded`; `failed` when the "
                        + "job could not go on",
                enumeration = {"running", "succeeded", "failed"},
                examples = "running")
        String state,

        @Schema(
                description = "Stored articles when the job started (more if articles arrived meanwhile)",
                examples = "40")
        int total,

        @Schema(description = "Articles assessed so far", examples = "16")
        int done,

        @Schema(description = "Articles that could not be assessed (at most 50 are listed)")
        List<AssessmentError> errors,

        @Schema(examples = "2026-12-06T15:30:00Z") OffsetDateTime startedAt,

        @Schema(description = "Null while the job runs", examples = "2026-12-06T15:30:04Z", nullable = true)
        OffsetDateTime finishedAt) {

    @Schema(name = "AssessmentError")
    public record AssessmentError(
            @Schema(examples = "12") Long articleId,

            @Schema(examples = "could not assess the article (TimeoutException)")
            String message) {}

    static AssessmentView of(Row r, ObjectMapper json) {
        List<AssessmentError> errors;
        try {
            errors = json.readValue(r.getString("errors"), new TypeReference<List<AssessmentError>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job errors", e);
        }
        return new AssessmentView(
                r.getString("slug"),
                r.getInteger("question_version"),
                r.getString("state"),
                r.getInteger("total"),
                r.getInteger("done"),
                errors,
                r.getOffsetDateTime("started_at"),
                r.getOffsetDateTime("finished_at"));
    }
}
