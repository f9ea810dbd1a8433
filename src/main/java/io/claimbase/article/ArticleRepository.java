package io.claimbase.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Locks the article's row until the end of the transaction ({@code select ... for update}); false when there is no
     * such article.
     */
    public Uni<Boolean> lockForUpdate(long id) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select id from article where id = :id for update", Long.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    public Uni<Article> findWithAuthor(long id) {
        return find("from Article a left join fetch a.author where a.id = ?1", id)
                .firstResult();
    }

    public Uni<List<Long>> idsWithExtractorOtherThan(String version) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select id from Article where extractorVersion <> :version order by id", Long.class)
                        .setParameter("version", version)
                        .getResultList());
    }
}
