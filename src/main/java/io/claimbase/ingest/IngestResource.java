package io.claimbase.ingest;

import io.claimbase.article.ArticleDetail;
import io.claimbase.article.ArticleQueries;
import io.claimbase.web.ArticleIdParam;
import io.claimbase.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The write side of {@code /articles}: ingest (POST /articles) and re-extraction of one article. The reads of the same
 * paths are {@code article/ArticleResource}'s; the answer to an ingest is the article as that read side shows it.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest articles and read them back")
public class IngestResource {

    private final IngestService service;
    private final ArticleQueries articles;

    public IngestResource(IngestService service, ArticleQueries articles) {
        this.service = service;
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createArticle",
            summary = "Ingest an article",
            description = "Cleans the raw text, finds its metadata, extracts its claims and positions and stores it "
                    + "all in one transaction. Posting a text that is already stored creates nothing and answers "
                    + "the existing article with 200.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; `Location` names the new article",
            headers =
                    @Header(
                            name = "Location",
                            description = "The URL of the new article",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same text was already stored: the existing article",
            content = @Content(schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, an unknown field or an invalid field value; " + "`errors` names the field")
    public Uni<RestResponse<ArticleDetail>> create(
            @NotNull(message = "a JSON body is required") @Valid NewArticle article, UriInfo uri) {
        return service.ingest(article)
                .chain(ingested -> articles.detail(ingested.articleId())
                        .map(detail -> ingested.created()
                                ? RestResponse.ResponseBuilder.<ArticleDetail>created(uri.getAbsolutePathBuilder()
                                                .path(String.valueOf(ingested.articleId()))
                                                .build())
                                        .entity(detail)
                                        .build()
                                : RestResponse.ok(detail)));
    }

    @POST
    @Path("/{id}/extraction")
    @Operation(
            operationId = "reextractArticle",
            summary = "Re-extract one article",
            description = "Runs the current extractor on the article's stored raw text and replaces its claims and "
                    + "extracted positions atomically (curated positions are kept). Metadata stays as stored.")
    @APIResponse(
            responseCode = "200",
            description = "Re-extracted",
            content = @Content(schema = @Schema(implementation = Reextraction.class)))
    @APIResponse(responseCode = "404", description = "No article with this id")
    public Uni<Reextraction> reextract(@BeanParam ArticleIdParam article) {
        long id = article.id();
        return service.reextract(id).onItem().ifNull().failWith(() -> ProblemException.notFound("article", id));
    }
}
