package io.claimbase.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code {id}} of an article in a path ({@code @BeanParam ArticleIdParam article}): documented once, parsed
 * strictly by {@link Ids} (a 400 naming {@code id} for anything but a canonical positive integer).
 */
public class ArticleIdParam {

    @Parameter(
            description = "Article id",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @PathParam("id")
    String value;

    public long id() {
        return Ids.require("id", value);
    }
}
