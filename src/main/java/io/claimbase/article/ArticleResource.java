package io.claimbase.article;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.web.ArticleIdParam;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.PageParams;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import io.claimbase.web.PublishedParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest articles and read them back")
public class ArticleResource {

    private static final String CURSOR_SCOPE = "articles";

    private final ArticleService service;
    private final ArticleQueries queries;
    private final Cursor cursor;

    public ArticleResource(ArticleService service, ArticleQueries queries, ClaimbaseConfig config) {
        this.service = service;
        this.queries = queries;
        this.cursor = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "List articles",
            description = "Articles in ingest order (oldest first), without their bodies, filtered by author, outlet, "
                    + "publication date and full text; keyset-paginated with `limit` and `cursor`. Filters combine "
                    + "with AND; a filter that matches nothing answers an empty page.")
    @APIResponse(responseCode = "200", description = "One page of articles")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter; `errors` names it")
    public Uni<Page<ArticleView>> list(
            @BeanParam PublishedParams published,
            @Parameter(
                            description = "Outlet name, exact but case-insensitive",
                            example = "East Asia Forum",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
                    @QueryParam("outlet")
                    String outlet,
            @Parameter(
                            description = "Full-text search in title and body, in web-search syntax (`\"gas pipeline\" "
                                    + "-oil`)",
                            example = "gas pipeline",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
                    @QueryParam("q")
                    String q,
            @BeanParam PageParams page) {
        page.size(); // a bad limit is reported first, before the filters
        Params.Period period = published.period();
        ArticleFilter filter = new ArticleFilter(
                published.author(),
                Params.text("outlet", outlet),
                period.after(),
                period.before(),
                Params.text("q", q));
        return page.byId(cursor, CURSOR_SCOPE, (after, size) -> queries.page(filter, after, size), ArticleView::id);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getArticle",
            summary = "Get one article with its cleaned body",
            description = "The article's metadata, its cleaned body (claim spans are character offsets into it) and "
                    + "counts of what extraction found.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<ArticleDetail> get(@BeanParam ArticleIdParam article) {
        long id = article.id();
        return queries.detail(id).onItem().ifNull().failWith(() -> ProblemException.notFound("article", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteArticle",
            summary = "Delete an article with its claims and positions",
            description = "Removes the article and everything extracted from it, in one transaction. The author "
                    + "stays, even with no article left.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<RestResponse<Void>> delete(@BeanParam ArticleIdParam article) {
        long id = article.id();
        return service.delete(id).map(deleted -> RestResponse.noContent());
    }
}
