package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.ScaleLevel;
import io.claimbase.web.ProblemException;
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
     * positions; curated ones stay. Answers false when there is no such article.
     */
    public Uni<Boolean> reassess(long articleId) {
        return queries.owner(articleId)
                .chain(owner -> owner == null
                        ? Uni.createFrom().item(false)
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
                                    .replaceWith(true);
                        }));
    }

    /**
     * Sets an editor's position, recording who set it; 404 for an unknown article or question, 400 for a label or
     * score off the scale.
     */
    public Uni<Void> curate(long articleId, String slug, CuratedPosition position, String curatedBy) {
        Question question = catalog.find(slug).orElseThrow(() -> ProblemException.notFound("question", slug));
        CuratedPosition checked = checked(question, position);
        return Panache.withTransaction(() -> positions.curate(articleId, slug, checked, curatedBy))
                .invoke(stored -> {
                    if (!stored) {
                        throw ProblemException.notFound("article", articleId);
                    }
                })
                .replaceWithVoid();
    }

    static CuratedPosition checked(Question question, CuratedPosition p) {
        if (PositionAssessor.UNDETERMINED.equals(p.label())) {
            if (p.score() != null) {
                throw ProblemException.badField("score", "must be null for an undetermined position");
            }
            return p;
        }
        ScaleLevel level = question.level(p.label())
                .orElseThrow(() -> ProblemException.badField(
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
            throw ProblemException.badField(
                    "score", "must lie within half a step of " + p.label() + " (" + level.score() + ")");
        }
        return p;
    }
}
