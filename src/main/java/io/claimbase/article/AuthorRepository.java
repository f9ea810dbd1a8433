package io.claimbase.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
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
}
