package io.claimbase.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the one shape of every error this service answers.
 *
 * @param type      a URI reference naming the kind of problem
 * @param errors    for validation problems: each field or parameter at fault with what is wrong with it
 * @param requestId the id of the request, also in the server's log lines, for support
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Problem",
        description = "An error, as RFC 9457 problem details.",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problem(
        @Schema(examples = "/problems/invalid-parameter") String type,
        @Schema(examples = "Invalid parameter") String title,
        @Schema(examples = "400") int status,

        @Schema(examples = "limit must be between 1 and 200")
        String detail,

        @Schema(examples = "/articles") String instance,

        @Schema(examples = "5f0c6e4e-8a8d-4a52-9e8f-3f1d1c2b7a10")
        String requestId,

        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of a request body or one query/path parameter at fault. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "Violation",
            description = "One field or parameter at fault: exactly one of `field` and " + "`parameter` is set.",
            requiredProperties = "message")
    public record Violation(
            @Schema(description = "the JSON field at fault (request bodies)", examples = "text")
            String field,

            @Schema(description = "the parameter at fault (query or path)", examples = "limit")
            String parameter,

            @Schema(examples = "must not be blank") String message) {

        public static Violation field(String field, String message) {
            return new Violation(field, null, message);
        }

        public static Violation parameter(String parameter, String message) {
            return new Violation(null, parameter, message);
        }
    }
}
