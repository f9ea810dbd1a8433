package io.claimbase.claim;

import io.claimbase.web.ArticleIdParam;
import io.claimbase.web.PageParams;
import io.claimbase.web.Params;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleClaimsResource {

    private final ClaimService service;

    public ArticleClaimsResource(ClaimService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listArticleClaims",
            summary = "The claims of one article, in reading order",
            description = "Every claim with all its fields; keyset-paginated with `limit` and `cursor`.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the article's claims",
            content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<ClaimPage> list(@BeanParam ArticleIdParam article, @BeanParam PageParams page) {
        long id = article.id();
        return service.ofArticle(id, Params.text("cursor", page.cursor()), page.size());
    }
}
