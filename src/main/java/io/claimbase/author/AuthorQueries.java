package io.claimbase.author;

import io.claimbase.error.DomainException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Read-side SQL for authors. */
@ApplicationScoped
public class AuthorQueries {

    private static final String SELECT = """
            select au.id, au.name, au.slug, au.affiliation,
                   (select count(*) from article a where a.author_id = au.id) as article_count
            from author au""";

    private final Pool pool;

    public AuthorQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page in id order after {@code afterId}, one row more than asked. */
    public Uni<List<AuthorView>> page(Long afterId, int limit) {
        return pool.preparedQuery(SELECT + " where au.id > $1 order by au.id limit $2")
                .execute(Tuple.of(afterId == null ? 0L : afterId, limit + 1))
                .map(rows -> {
                    List<AuthorView> views = new ArrayList<>(rows.size());
                    rows.forEach(row -> views.add(view(row)));
                    return views;
                });
    }

    /** By id, or by slug when {@code idOrSlug} is not a number. */
    /** The author by id or slug; a 404 problem when there is none. */
    public Uni<AuthorView> require(String idOrSlug) {
        return find(idOrSlug).onItem().ifNull().failWith(() -> new DomainException.NotFound("author", idOrSlug));
    }

    public Uni<AuthorView> find(String idOrSlug) {
        Long id = io.claimbase.web.Ids.parse(idOrSlug);
        String sql = SELECT + (id != null ? " where au.id = $1" : " where au.slug = $1");
        return pool.preparedQuery(sql)
                .execute(Tuple.of(id != null ? id : idOrSlug))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    private static AuthorView view(Row row) {
        return new AuthorView(
                row.getLong("id"),
                row.getString("name"),
                row.getString("slug"),
                row.getString("affiliation"),
                row.getLong("article_count"),
                null);
    }
}
