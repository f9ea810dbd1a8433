package io.claimbase.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimbase.web.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one line of a batch: one line of the NDJSON answer, in the order of the lines sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "BatchResult",
        description = "What became of one line of a batch. `created` and `existing` carry `article`; `invalid` (the "
                + "line is at fault: resending it unchanged fails again) and `failed` (the server could not store it "
                + "now, e.g. the database is unavailable: resend it later) carry `problem`.",
        requiredProperties = {"line", "status"})
public record BatchResult(
        @Schema(description = "The line's number in the request body, from 1 (blank lines count)", examples = "1")
        long line,

        @Schema(
                type = SchemaType.STRING,
                enumeration = {"created", "existing", "invalid", "failed"},
                examples = "created")
        String status,

        ArticleRef article,
        Problem problem) {

    /** The article a line created or found. */
    @Schema(
            name = "BatchArticle",
            requiredProperties = {"id", "claimCount"})
    public record ArticleRef(
            @Schema(examples = "42") long id,

            @Schema(description = "How many claims the article has", examples = "17")
            long claimCount) {}

    static BatchResult of(long line, IngestService.Ingested ingested) {
        return new BatchResult(
                line,
                ingested.created() ? "created" : "existing",
                new ArticleRef(ingested.articleId(), ingested.claimCount()),
                null);
    }

    static BatchResult of(long line, Problem problem) {
        return new BatchResult(line, problem.status() < 500 ? "invalid" : "failed", null, problem);
    }
}
