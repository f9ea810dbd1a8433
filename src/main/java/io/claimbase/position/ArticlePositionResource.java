package io.claimbase.position;

import io.claimbase.article.ArticleQueries;
import io.claimbase.position.PositionViews.ArticlePosition;
import io.claimbase.web.ArticleIdParam;
import io.claimbase.web.Page;
import io.claimbase.web.QuestionSlugParam;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles/{id}/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class ArticlePositionResource {

    private final PositionService service;
    private final PositionQueries queries;
    private final ArticleQueries articles;
    private final CurrentIdentityAssociation identity;

    public ArticlePositionResource(
            PositionService service,
            PositionQueries queries,
            ArticleQueries articles,
            CurrentIdentityAssociation identity) {
        this.service = service;
        this.queries = queries;
        this.articles = articles;
        this.identity = identity;
    }

    @GET
    @Operation(
            operationId = "listArticlePositions",
            summary = "The author's positions in one article",
            description = "One position per question the article addresses, with its rationale and evidence. A "
                    + "question the article does not address has no position (an empty list is not an error).")
    @APIResponse(responseCode = "200", description = "The article's positions (one page)")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<Page<ArticlePosition>> list(@BeanParam ArticleIdParam article) {
        long id = article.id();
        return articles.requireExists(id).chain(() -> page(id));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "curatePosition",
            summary = "Set an editor's position",
            description = "Creates or overwrites the article's position on the question, marked curated: it wins "
                    + "over the extracted one and survives re-extraction. The extracted rationale and evidence stay "
                    + "beside it.")
    @APIResponse(responseCode = "200", description = "The stored position")
    @APIResponse(responseCode = "400", description = "A label or score off the question's scale, or an invalid field")
    @APIResponse(responseCode = "404", description = "No such article or question")
    public Uni<ArticlePosition> curate(
            @BeanParam ArticleIdParam article,
            @BeanParam QuestionSlugParam question,
            @NotNull(message = "a JSON body is required") @Valid CuratedPosition position) {
        long id = article.id();
        String slug = question.slug();
        return identity.getDeferredIdentity()
                .map(ArticlePositionResource::curator)
                .chain(curator -> service.curate(id, slug, position, curator))
                .chain(() -> positionsOf(id))
                .map(items -> items.stream()
                        .filter(p -> p.question().equals(slug))
                        .findFirst()
                        .orElseThrow());
    }

    @POST
    @Path("/reassess")
    @Operation(
            operationId = "reassessPositions",
            summary = "Assess the article's stored claims again",
            description = "Re-runs the position assessment on the claims already stored (after the questions data "
                    + "changed, say) and replaces the extracted positions; curated positions stay as they are.")
    @APIResponse(responseCode = "200", description = "The article's positions after re-assessment")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<Page<ArticlePosition>> reassess(@BeanParam ArticleIdParam article) {
        long id = article.id();
        return service.reassess(id).chain(() -> page(id));
    }

    /** All the article's positions as one page. */
    private Uni<Page<ArticlePosition>> page(long articleId) {
        return positionsOf(articleId).map(items -> new Page<>(items, null));
    }

    private Uni<List<ArticlePosition>> positionsOf(long articleId) {
        return queries.find(PositionFilter.ofArticle(articleId))
                .map(found ->
                        found.stream().map(PositionQueries.Stored::position).toList());
    }

    /** The editor's user name from the token; null when writes are not authenticated. */
    private static String curator(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
