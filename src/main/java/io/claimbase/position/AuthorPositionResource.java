package io.claimbase.position;

import io.claimbase.author.AuthorQueries;
import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.web.AuthorIdParam;
import io.claimbase.web.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/authors/{id}/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class AuthorPositionResource {

    private final AuthorQueries authors;
    private final AuthorPositionQueries queries;

    public AuthorPositionResource(AuthorQueries authors, AuthorPositionQueries queries) {
        this.authors = authors;
        this.queries = queries;
    }

    @GET
    @Operation(
            operationId = "listAuthorPositions",
            summary = "One author's positions, per question",
            description = "For each question the author's articles address: the overall and latest stance, the "
                    + "latest articles' stances (at most 50) and the strongest evidence (at most 10).")
    @APIResponse(responseCode = "200", description = "One row per question (one page)")
    @APIResponse(responseCode = "404", description = "No such author")
    public Uni<Page<AuthorPosition>> list(@BeanParam AuthorIdParam author) {
        return authors.require(author.idOrSlug())
                .chain(found -> queries.all(PositionFilter.ofAuthor(found.id())))
                .map(rows -> new Page<>(rows, null));
    }
}
