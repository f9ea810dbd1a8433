package io.claimbase.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorRepository implements PanacheRepository<Author> {

    public Uni<Author> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /**
     * The author with this name's slug, created if new (safe under concurrent ingests of the same author); a known
     * affiliation is kept, an unknown one filled in. A known author whose row needs no change is only read: ingests
     * of one author's articles do not queue on a lock of the author's row.
     */
    public Uni<Author> findOrCreate(String name, String affiliation) {
        String slug = Slugs.of(name);
        return findBySlug(slug).chain(known -> {
            if (known != null && (known.affiliation != null || affiliation == null)) {
                return Uni.createFrom().item(known);
            }
            return getSession()
                    .chain(session -> session.createNativeQuery("""
                    insert into author (name, slug, affiliation) values (:name, :slug, :affiliation)
                    on conflict (slug) do update set affiliation = coalesce(author.affiliation, excluded.affiliation)
                    returning id""", Long.class)
                            .setParameter("name", name)
                            .setParameter("slug", slug)
                            .setParameter("affiliation", affiliation)
                            .getSingleResult()
                            // a new author is read once; a known one, already in the session, is read again for the
                            // affiliation the upsert filled in
                            .chain(id -> known == null
                                    ? session.find(Author.class, id)
                                    : session.refresh(known).replaceWith(known)));
        });
    }

    /**
     * {@link #findOrCreate(String, String)} on a connection of the reactive pool, in its transaction (a new article's
     * ingest): the same reads and the same upsert, the author as a plain object.
     */
    public Uni<Author> findOrCreate(SqlConnection conn, String name, String affiliation) {
        String slug = Slugs.of(name);
        return conn.preparedQuery("select id, name, slug, affiliation from author where slug = $1")
                .execute(Tuple.of(slug))
                .chain(rows -> {
                    Author known =
                            rows.size() == 0 ? null : author(rows.iterator().next());
                    if (known != null && (known.affiliation != null || affiliation == null)) {
                        return Uni.createFrom().item(known);
                    }
                    return conn.preparedQuery("""
                            insert into author (name, slug, affiliation) values ($1, $2, $3)
                            on conflict (slug) do update
                                set affiliation = coalesce(author.affiliation, excluded.affiliation)
                            returning id, name, slug, affiliation""")
                            .execute(Tuple.of(name, slug, affiliation))
                            .map(upserted -> author(upserted.iterator().next()));
                });
    }

    private static Author author(Row row) {
        Author author = new Author();
        author.id = row.getLong(0);
        author.name = row.getString(1);
        author.slug = row.getString(2);
        author.affiliation = row.getString(3);
        return author;
    }
}
