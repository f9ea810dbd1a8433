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
     * affiliation is kept, an unknown one filled in.
     */
    public Uni<Author> findOrCreate(String name, String affiliation) {
        String slug = Slugs.of(name);
        return getSession()
                .chain(session -> session.createNativeQuery("""
                insert into author (name, slug, affiliation) values (:name, :slug, :affiliation)
                on conflict (slug) do update set affiliation = coalesce(author.affiliation, excluded.affiliation)
                returning id""", Long.class)
                        .setParameter("name", name)
                        .setParameter("slug", slug)
                        .setParameter("affiliation", affiliation)
                        .getSingleResult()
                        .chain(id -> session.find(Author.class, id)));
    }
}
