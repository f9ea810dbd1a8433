package io.claimbase.article;

import io.claimbase.error.DomainException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Removal of an article with everything extracted from it (ingest and re-extraction live in {@code ingest/}). */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Deletes the article (its claims and positions go with it, by foreign key); fails with not-found when none. */
    public Uni<Void> delete(long id) {
        return Panache.withTransaction(() -> articles.deleteById(id))
                .invoke(deleted -> {
                    if (!deleted) {
                        throw new DomainException.NotFound("article", id);
                    }
                })
                .replaceWithVoid();
    }
}
