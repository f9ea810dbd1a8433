package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog;
import io.claimbase.error.DomainException;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.ScaleLevel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Author positions: assessed at ingest, re-assessed on demand, curated by editors. */
@ApplicationScoped
public class PositionService {

    private final QuestionCatalog catalog;
    private final PositionRepository positions;
    private final PositionQueries queries;

    public PositionService(QuestionCatalog catalog, PositionRepository positions, PositionQueries queries) {
        this.catalog = catalog;
        this.positions = positions;
        this.queries = queries;
    }

    /**
     * Assesses an article's stored claims again (after the questions changed, say) and replaces its extracted
     * positions; curated ones stay. Fails with not-found when there is no such article.
     */
    public Uni<Void> reassess(long articleId) {
        return queries.owner(articleId)
                .chain(owner -> owner == null
                        ? Uni.createFrom().<Void>failure(new DomainException.NotFound("article", articleId))
                        : queries.claims(articleId).chain(stored -> {
                            Map<Integer, Long> ids = new HashMap<>();
                            stored.forEach(c -> ids.put(c.claim().ordinal(), c.id()));
                            List<ExtractedPosition> assessed = catalog.assessor()
                                    .assess(
                                            owner.title(),
                                            stored.stream()
                                                    .map(PositionQueries.StoredClaim::claim)
                                                    .toList());
                            return Panache.withTransaction(() ->
                                            positions.replaceExtracted(articleId, owner.authorId(), assessed, ids))
                                    .replaceWithVoid();
                        }));
    }

    /**
     * Sets an editor's position, recording who set it; 404 for an unknown article or question, 400 for a label or
     * score off the scale.
     */
    public Uni<Void> curate(long articleId, String slug, CuratedPosition position, String curatedBy) {
        Question question = catalog.find(slug).orElseThrow(() -> new DomainException.NotFound("question", slug));
        CuratedPosition checked = checked(question, position);
        return Panache.withTransaction(() -> positions.curate(articleId, slug, checked, curatedBy))
                .invoke(stored -> {
                    if (!stored) {
                        throw new DomainException.NotFound("article", articleId);
                    }
                })
                .replaceWithVoid();
    }

    static CuratedPosition checked(Question question, CuratedPosition p) {
        if (PositionAssessor.UNDETERMINED.equals(p.label())) {
            if (p.score() != null) {
                throw new DomainException.InvalidField("score", "must be null for an undetermined position");
            }
            return p;
        }
        ScaleLevel level = question.level(p.label())
                .orElseThrow(() -> new DomainException.InvalidField(
                        "label",
                        "is not on the scale of " + question.slug() + "; known: "
                                + String.join(
                                        ", ",
                                        question.scale().stream()
                                                .map(ScaleLevel::label)
                                                .toList()) + ", "
                                + PositionAssessor.UNDETERMINED));
        if (p.score() == null) {
            return p.withScore(level.score());
        }
        if (Math.abs(p.score() - level.score()) > 0.5) {
            throw new DomainException.InvalidField(
                    "score", "must lie within half a step of " + p.label() + " (" + level.score() + ")");
        }
        return p;
    }
}
