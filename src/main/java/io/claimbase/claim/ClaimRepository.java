package io.claimbase.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    /** Stores the claims of one article (nothing to do for an article without claims). */
    public Uni<Void> persistAll(List<Claim> claims) {
        return claims.isEmpty() ? Uni.createFrom().voidItem() : persist(claims);
    }

    public Uni<Long> countByArticle(long articleId) {
        return count("articleId", articleId);
    }

    public Uni<Long> deleteByArticle(long articleId) {
        return delete("articleId", articleId);
    }
}
