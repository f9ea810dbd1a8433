package io.claimbase.position;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimbase.domain.QuestionCatalog;
import io.claimbase.error.DomainException;
import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.position.Question;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Questions as a resource: create or replace one (validated like {@code questions.yaml}), which starts its assessment
 * job; delete one; read its job and who holds which view on it.
 */
@ApplicationScoped
public class QuestionService {

    private final QuestionStore store;
    private final AssessmentJobs jobs;
    private final HolderQueries holders;
    private final QuestionCatalog catalog;

    public QuestionService(QuestionStore store, AssessmentJobs jobs, HolderQueries holders, QuestionCatalog catalog) {
        this.store = store;
        this.jobs = jobs;
        this.holders = holders;
        this.catalog = catalog;
    }

    /** The current questions, as stored. */
    public Uni<QuestionCatalog> current() {
        return store.current();
    }

    /**
     * Validates the body as a question (400 naming the JSON pointer of the field at fault; nothing is stored), stores
     * it and starts its job; answers the job as it starts.
     */
    public Uni<AssessmentView> put(String slug, JsonNode body) {
        Question question = validate(slug, body);
        return store.put(question)
                .invoke(saved -> jobs.start(new QuestionStore.JobRef(saved.id(), saved.slug(), saved.version())))
                .chain(saved -> store.job(slug));
    }

    private Question validate(String slug, JsonNode body) {
        if (body == null || body.isNull()) {
            throw new DomainException.InvalidField("", "a JSON body is required");
        }
        if (!(body instanceof ObjectNode object)) {
            throw new DomainException.InvalidField("", "must be a JSON object (a question)");
        }
        JsonNode given = object.get("slug");
        if (given == null) {
            object.put("slug", slug);
        } else if (!given.isTextual() || !given.asText().equals(slug)) {
            throw new DomainException.InvalidField(
                    "/slug", "must be left out or equal the slug of the path ('" + slug + "')");
        }
        try {
            return catalog.read(object.toString());
        } catch (DomainDataException e) {
            throw new DomainException.InvalidField(e.pointer() == null ? "" : e.pointer(), e.reason());
        }
    }

    /** Deletes the question; 404 when there is none, 409 while curated positions exist and {@code force} is false. */
    public Uni<Void> delete(String slug, boolean force) {
        return store.delete(slug, force)
                .invoke(d -> {
                    if (!d.found()) {
                        throw new DomainException.NotFound("question", slug);
                    }
                    if (d.curated() > 0 && !force) {
                        throw new DomainException.Conflict(
                                "curated-positions",
                                "Curated positions exist",
                                "Question " + slug + " has " + d.curated() + " curated position(s); delete with "
                                        + "force=true to remove them too");
                    }
                })
                .replaceWithVoid();
    }

    /** The question's job; 404 when there is no such question or it has no job. */
    public Uni<AssessmentView> job(String slug) {
        return store.job(slug)
                .onItem()
                .ifNull()
                .failWith(() -> new DomainException.NotFound("assessment of question", slug));
    }

    public Uni<List<HolderView>> holders(String slug) {
        return holders.holders(slug);
    }
}
