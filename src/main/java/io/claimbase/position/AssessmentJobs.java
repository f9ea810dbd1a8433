package io.claimbase.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.domain.QuestionCatalog.Entry;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.position.QuestionStore.JobRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs assessment jobs in the background: every stored article, in id order and in batches, is assessed with one
 * version of one question, from its stored claims (the CPU-bound reading on worker threads, at most
 * {@code claimbase.assessment.parallelism} at once); each batch's positions and the job's progress commit in one
 * transaction, so a job a crash interrupts resumes on the next start after the last committed batch (at most one
 * batch is read twice, with the same result). Curated positions keep their label, as with re-extraction. A job stops
 * when its question changes again (the newer version's job takes over) or is deleted.
 */
@ApplicationScoped
public class AssessmentJobs {

    private static final Logger LOG = Logger.getLogger(AssessmentJobs.class);
    /** The most errors a job keeps (the count of articles done still counts them all). */
    private static final int MAX_ERRORS = 50;

    private final QuestionStore store;
    private final PositionQueries queries;
    private final PositionRepository positions;
    private final Vertx vertx;
    private final AssessmentConfig config;
    private final ObjectMapper json;
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    /** Set on shutdown: running jobs stop after their batch and stay {@code running}, to resume at the next start. */
    private volatile boolean stopping;

    public AssessmentJobs(
            QuestionStore store,
            PositionQueries queries,
            PositionRepository positions,
            Vertx vertx,
            AssessmentConfig config,
            ObjectMapper json) {
        this.store = store;
        this.queries = queries;
        this.positions = positions;
        this.vertx = vertx;
        this.config = config;
        this.json = json;
    }

    /** Starts a job in the background, on a context of its own, unless this instance already runs it. */
    public void start(JobRef job) {
        String key = job.questionId() + "@" + job.version();
        if (!live.add(key)) {
            return;
        }
        // a context of its own (not the request's, which ends), marked safe for Hibernate Reactive's session
        Context context =
                VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run(job).eventually(() -> live.remove(key))
                .subscribe()
                .with(done -> {}, failure -> {
                    if (stopping) {
                        LOG.infof(
                                "Assessment of %s v%d: interrupted by the shutdown; it resumes at the next start",
                                job.slug(), job.version());
                        return;
                    }
                    LOG.errorf(failure, "Assessment of %s v%d stopped", job.slug(), job.version());
                    store.finish(
                                    job.questionId(),
                                    job.version(),
                                    "stopped: " + failure.getClass().getSimpleName())
                            .subscribe()
                            .with(ok -> {}, f -> LOG.warnf("Assessment of %s: cannot record the failure", job.slug()));
                }));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Resumes the jobs a crash or a restart left running. */
    public Uni<List<JobRef>> resume() {
        return store.runningJobs()
                .invoke(jobs -> jobs.forEach(job -> {
                    LOG.infof("Assessment of %s v%d: resuming", job.slug(), job.version());
                    start(job);
                }));
    }

    private Uni<Void> run(JobRef job) {
        return store.current().chain(catalog -> {
            Entry entry = catalog.entry(job.slug())
                    .filter(e -> e.version() == job.version())
                    .orElse(null);
            if (entry == null) {
                LOG.infof("Assessment of %s v%d: the question changed or is gone; stopping", job.slug(), job.version());
                return Uni.createFrom().voidItem();
            }
            PositionAssessor assessor = new PositionAssessor(List.of(entry.question()), catalog.usualTrends());
            return loop(job, assessor);
        });
    }

    private Uni<Void> loop(JobRef job, PositionAssessor assessor) {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return store.progress(job.questionId(), job.version()).chain(last -> {
            if (last == null) {
                return Uni.createFrom().voidItem();
            }
            return store.articlesAfter(last, Math.max(1, config.batchSize())).chain(ids -> {
                if (ids.isEmpty()) {
                    return store.finish(job.questionId(), job.version(), null)
                            .invoke(() -> LOG.infof("Assessment of %s v%d: finished", job.slug(), job.version()));
                }
                return batch(job, assessor, ids).chain(current -> {
                    if (!current) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Void> pause = config.batchPause().isZero()
                            ? Uni.createFrom().voidItem()
                            : Uni.createFrom().voidItem().onItem().delayIt().by(config.batchPause());
                    return pause.chain(() -> loop(job, assessor));
                });
            });
        });
    }

    /** One article's reading: its position (null when it does not address the question), or why it failed. */
    private record Assessed(
            long articleId, Long authorId, ExtractedPosition position, Map<Integer, Long> claimIds, String error) {}

    /** Assesses a batch and stores it with the job's progress; false when the job is no longer current. */
    private Uni<Boolean> batch(JobRef job, PositionAssessor assessor, List<Long> ids) {
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUni(id -> assess(assessor, id))
                .merge(Math.max(1, config.parallelism()))
                .collect()
                .asList()
                .chain(results -> {
                    List<Assessed> ordered = new ArrayList<>(results);
                    ordered.sort((a, b) -> Long.compare(a.articleId(), b.articleId()));
                    long last = ids.get(ids.size() - 1);
                    return Panache.withTransaction(() -> store(job, ordered, last, List.of()))
                            .onFailure()
                            .recoverWithUni(failure -> oneByOne(job, ordered, last, failure));
                });
    }

    private Uni<Assessed> assess(PositionAssessor assessor, long articleId) {
        return queries.owner(articleId)
                .chain(owner -> owner == null
                        ? Uni.createFrom().item(new Assessed(articleId, null, null, Map.of(), null))
                        : queries.claims(articleId)
                                .chain(stored -> vertx.executeBlocking(
                                        Uni.createFrom().item(() -> {
                                            Map<Integer, Long> claimIds = new HashMap<>();
                                            stored.forEach(
                                                    c -> claimIds.put(c.claim().ordinal(), c.id()));
                                            List<ExtractedPosition> found = assessor.assess(
                                                    owner.title(),
                                                    stored.stream()
                                                            .map(PositionQueries.StoredClaim::claim)
                                                            .toList());
                                            return new Assessed(
                                                    articleId,
                                                    owner.authorId(),
                                                    found.isEmpty() ? null : found.get(0),
                                                    claimIds,
                                                    null);
                                        }),
                                        false)))
                .onFailure()
                .recoverWithItem(failure -> new Assessed(articleId, null, null, Map.of(), message(failure)));
    }

    /** The batch's positions and the job's progress, in the caller's transaction. */
    private Uni<Boolean> store(JobRef job, List<Assessed> results, long last, List<Assessed> failed) {
        Uni<Void> written = Uni.createFrom().voidItem();
        for (Assessed a : results) {
            if (a.error() == null) {
                written = written.chain(() -> positions.replaceExtractedFor(
                        a.articleId(), a.authorId(), job.slug(), a.position(), a.claimIds()));
            }
        }
        List<Assessed> errors = new ArrayList<>(failed);
        results.stream().filter(a -> a.error() != null).forEach(errors::add);
        return written.chain(() -> positions.advanceJob(
                job.questionId(), job.version(), results.size() + failed.size(), last, errorsJson(errors)));
    }

    /**
     * When a batch cannot be written together (an article re-extracted meanwhile, say), each article is written in a
     * transaction of its own; those that still fail are the job's errors.
     */
    private Uni<Boolean> oneByOne(JobRef job, List<Assessed> results, long last, Throwable batchFailure) {
        LOG.debugf("Assessment of %s: batch failed (%s), writing article by article", job.slug(), batchFailure);
        List<Assessed> failed = new ArrayList<>();
        List<Assessed> written = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Assessed a : results) {
            chain = chain.chain(() -> a.error() != null
                    ? Uni.createFrom().voidItem().invoke(() -> failed.add(a))
                    : Panache.withTransaction(() -> positions.replaceExtractedFor(
                                    a.articleId(), a.authorId(), job.slug(), a.position(), a.claimIds()))
                            .invoke(() -> written.add(a))
                            .onFailure()
                            .recoverWithItem(f -> {
                                failed.add(new Assessed(a.articleId(), null, null, Map.of(), message(f)));
                                return null;
                            }));
        }
        return chain.chain(() -> Panache.withTransaction(() -> store(job, List.of(), last, failed)
                .chain(current -> positions
                        .advanceJob(job.questionId(), job.version(), written.size(), last, "[]")
                        .replaceWith(current))));
    }

    private String errorsJson(List<Assessed> errors) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Assessed a : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("articleId", a.articleId());
            e.put("message", a.error());
            list.add(e);
        }
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure as the job reports it: its kind, never a stack trace or SQL. */
    private static String message(Throwable failure) {
        return "could not assess the article (" + failure.getClass().getSimpleName() + ")";
    }
}
