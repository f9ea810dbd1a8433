package io.claimbase.article;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "The people who wrote the articles")
public class AuthorResource {

    private static final String CURSOR_SCOPE = "authors";

    private final AuthorQueries authors;
    private final ArticleQueries articles;
    private final Cursor cursor;

    public AuthorResource(AuthorQueries authors, ArticleQueries articles, ClaimbaseConfig config) {
        this.authors = authors;
        this.articles = articles;
        this.cursor = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Operation(
            operationId = "listAuthors",
            summary = "List authors",
            description = "Authors in id order (the order they were first seen), with how many articles each wrote; "
                    + "keyset-paginated with `limit` and `cursor`.")
    @APIResponse(responseCode = "200", description = "One page of authors")
    public Uni<Page<AuthorView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursorValue) {
        int size = Params.limit(limit);
        Long after = cursor.afterId(CURSOR_SCOPE, cursorValue);
        return authors.page(after, size)
                .map(rows -> cursor.page(CURSOR_SCOPE, rows, size, row -> List.of(String.valueOf(row.id()))));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAuthor",
            summary = "Get one author with their articles",
            description = "By numeric id or by slug (`pavel-k-baev`); the author's articles come with it, by "
                    + "publication date, oldest first.")
    @APIResponse(responseCode = "200", description = "The author")
    @APIResponse(responseCode = "404", description = "No author with this id or slug")
    public Uni<AuthorView> get(
            @Parameter(
                            description = "Author id or slug",
                            example = "pavel-k-baev",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[a-z0-9-]+$"))
                    @PathParam("id")
                    String id) {
        return authors.find(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("author", id))
                .chain(author -> articles.byAuthor(author.id())
                        .map(list -> new AuthorView(
                                author.id(),
                                author.name(),
                                author.slug(),
                                author.affiliation(),
                                author.articleCount(),
                                list)));
    }
}
