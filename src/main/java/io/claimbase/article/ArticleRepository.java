package io.claimbase.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Uni<Article> findWithAuthor(long id) {
        return find("from Article a left join fetch a.author where a.id = ?1", id).firstResult();
    }

    public Uni<List<Long>> idsWithExtractorOtherThan(String version) {
        return getSession().chain(session -> session
                .createSelectionQuery("select id from Article where extractorVersion <> :version order by id", Long.class)
                .setParameter("version", version)
                .getResultList());
    }

    public Uni<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResult();
    }
}
