package io.claimbase.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code {slug}} of an assessment question in a path ({@code @BeanParam QuestionSlugParam question}). */
public class QuestionSlugParam {

    @Parameter(
            description = "Question slug",
            example = "china-russia-alignment",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
    @PathParam("slug")
    String value;

    public String slug() {
        return value;
    }
}
