package io.claimbase.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code {id}} of an author in a path, a numeric id or a slug ({@code @BeanParam AuthorIdParam author}). */
public class AuthorIdParam {

    @Parameter(
            description = "Author id or slug",
            example = "pavel-k-baev",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[a-z0-9-]+$"))
    @PathParam("id")
    String value;

    /** The id or slug as given. */
    public String idOrSlug() {
        return value;
    }
}
