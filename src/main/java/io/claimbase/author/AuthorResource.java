package io.claimbase.author;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.article.ArticleQueries;
import io.claimbase.web.AuthorIdParam;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.PageParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Uni<Page<AuthorView>> list(@BeanParam PageParams page) {
        return page.byId(cursor, CURSOR_SCOPE, authors::page, AuthorView::id);
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
    public Uni<AuthorView> get(@BeanParam AuthorIdParam author) {
        return authors.require(author.idOrSlug())
                .chain(found -> articles.byAuthor(found.id())
                        .map(list -> new AuthorView(
                                found.id(),
                                found.name(),
                                found.slug(),
                                found.affiliation(),
                                found.articleCount(),
                                list)));
    }
}
