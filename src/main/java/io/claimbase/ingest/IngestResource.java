package io.claimbase.ingest;

import io.claimbase.article.ArticleDetail;
import io.claimbase.article.ArticleQueries;
import io.claimbase.security.SecurityConfig;
import io.claimbase.web.ArticleIdParam;
import io.claimbase.web.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The write side of {@code /articles}: ingest (POST /articles) and re-extraction of one article. The reads of the same
 * paths are {@code article/ArticleResource}'s; the answer to an ingest is the article as that read side shows it.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest articles and read them back")
public class IngestResource {

    /** Newline-delimited JSON: one JSON value a line. */
    public static final String BATCH_TYPE = "application/x-ndjson";

    private final IngestService service;
    private final ArticleQueries articles;
    private final ArticleBodies bodies;
    private final BatchIngest batch;
    private final SecurityConfig security;

    public IngestResource(
            IngestService service,
            ArticleQueries articles,
            ArticleBodies bodies,
            BatchIngest batch,
            SecurityConfig security) {
        this.service = service;
        this.articles = articles;
        this.bodies = bodies;
        this.batch = batch;
        this.security = security;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            operationId = "createArticle",
            summary = "Ingest an article",
            description = "Takes the article as JSON (`text`, or `html`: the web page it was published on, plus "
                    + "optional metadata) or as the web page itself (`Content-Type: text/html`, the charset from the "
                    + "header, else from the page's `<meta charset>`, else UTF-8). A page's main content is kept "
                    + "(navigation, ads, comments, sidebars, related links dropped) and the metadata it states is "
                    + "read; metadata given in the JSON wins. Then it cleans the text, finds its metadata, extracts "
                    + "its claims and positions and stores it all in one transaction. Posting a text that is already "
                    + "stored (the same text, or a page whose main text is that text) creates nothing and answers "
                    + "the existing article with 200. Bodies up to 1 MiB (413 above).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = NewArticle.class),
                        examples = {
                            @ExampleObject(
                                    name = "text",
                                    summary = "An article as text",
                                    value = Examples.TEXT_ARTICLE),
                            @ExampleObject(
                                    name = "html",
                                    summary = "An article as its web page, with the author given",
                                    value = Examples.HTML_ARTICLE)
                        }),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, description = "The web page, as published"),
                        examples = @ExampleObject(name = "page", summary = "A news page", value = Examples.HTML_PAGE))
            })
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
            description = "Malformed JSON, an unknown field or an invalid field value, both or neither of `text` and "
                    + "`html`, or a page with no article text in it; `errors` names the field")
    public Uni<RestResponse<ArticleDetail>> create(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(
                            description = "With a `text/html` body only: the page's URL (else its canonical URL, when "
                                    + "it states one)",
                            example = "https://example.org/2019/01/09/china-russia")
                    @QueryParam("url")
                    @Size(max = 2000)
                    @jakarta.validation.constraints.Pattern(
                            regexp = "https?://\\S+",
                            message = "must be an http(s) URL")
                    String url,
            UriInfo uri) {
        MediaType type = MediaType.valueOf(contentType);
        Uni<IngestService.Ingested> ingest;
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            if (body.length == 0) {
                throw ProblemException.badField("(body)", "a web page is required");
            }
            ingest = service.ingestPage(body, charset(type), url);
        } else if (url != null) {
            throw ProblemException.badParameter("url", "is for text/html bodies; in JSON give the field url");
        } else {
            ingest = bodies.read(body, "body").chain(service::ingest);
        }
        // a new article is answered from what its transaction wrote; one already stored is read
        return ingest.chain(ingested -> (ingested.stored() != null
                        ? Uni.createFrom().item(ingested.stored())
                        : articles.detail(ingested.articleId()))
                .map(detail -> ingested.created()
                        ? RestResponse.ResponseBuilder.<ArticleDetail>created(uri.getAbsolutePathBuilder()
                                        .path(String.valueOf(ingested.articleId()))
                                        .build())
                                .entity(detail)
                                .build()
                        : RestResponse.ok(detail)));
    }

    /** The charset a Content-Type names, if it names one this JVM can decode; null when it names none. */
    private static String charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            if (name == null || java.nio.charset.Charset.isSupported(name)) {
                return name;
            }
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            // answered below
        }
        throw ProblemException.badParameter("Content-Type", "names a charset this service cannot decode: " + name);
    }

    @POST
    @Path("/batch")
    @Consumes(BATCH_TYPE)
    @Produces(BATCH_TYPE)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createArticles",
            summary = "Ingest many articles, streamed",
            description = "NDJSON in, NDJSON out: one article a line, as the JSON body of `createArticle` (`text` or "
                    + "`html` plus optional metadata), and one result a line back, in the order of the lines, each "
                    + "as soon as its article is stored. Every article is stored in its own transaction, so what was "
                    + "answered `created` stays stored whatever happens later, and sending the same file again "
                    + "answers `existing` for every article already stored. A bad line fails alone (`invalid`, with "
                    + "its problem). The body is read as it arrives, a few lines at a time "
                    + "(`claimbase.batch.parallelism`), never whole: any size up to `claimbase.batch.max-body-size` "
                    + "(1 GiB), lines up to `claimbase.batch.max-line-size` (1 MiB); a pause of more than 30 s in "
                    + "the body ends the batch with a last `408` line. The answer to the request example:\n\n"
                    + "```\n" + Examples.BATCH_ANSWER + "```")
    // the NDJSON examples are components in META-INF/openapi.yaml: an annotation's example that starts like JSON is
    // parsed as one JSON value, which would keep only the first line
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = BATCH_TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            description = "One NewArticle JSON object a line"),
                            examples = @ExampleObject(name = "batch", ref = "BatchRequest")))
    @APIResponse(
            responseCode = "200",
            description = "One BatchResult a line, in the order of the request's lines",
            content =
                    @Content(
                            mediaType = BATCH_TYPE,
                            schema = @Schema(implementation = BatchResult.class),
                            examples = {
                                @ExampleObject(
                                        name = "created",
                                        summary = "One line of the answer: an article stored",
                                        value = Examples.BATCH_CREATED),
                                @ExampleObject(
                                        name = "invalid",
                                        summary = "One line of the answer: a line at fault",
                                        value = Examples.BATCH_INVALID)
                            }))
    @APIResponse(responseCode = "413", description = "The declared body is larger than the batch limit")
    public Multi<BatchResult> createMany(@Context HttpServerRequest request, UriInfo uri) {
        Multi<byte[]> body = io.vertx.mutiny.core.http.HttpServerRequest.newInstance(request)
                .toMulti()
                .map(chunk -> chunk.getBytes());
        return batch.ingest(body, Vertx.currentContext(), uri, security.bodyTimeout());
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
