package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start-up, before the seed articles are ingested: writes the questions of {@code questions.yaml} to the
 * {@code question} table (created when new, updated when their content changed, never over a question edited through
 * the API), loads the current questions from it, starts the jobs of the questions the file created or changed, and
 * resumes the jobs a crash or restart interrupted.
 */
public class QuestionSeeder {

    private static final Logger LOG = Logger.getLogger(QuestionSeeder.class);

    private final QuestionCatalog catalog;
    private final QuestionStore store;
    private final AssessmentJobs jobs;

    public QuestionSeeder(QuestionCatalog catalog, QuestionStore store, AssessmentJobs jobs) {
        this.catalog = catalog;
        this.store = store;
        this.jobs = jobs;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws Throwable {
        List<QuestionStore.JobRef> started =
                VertxContextSupport.subscribeAndAwait(() -> store.syncFile(catalog.fileQuestions()));
        LOG.infof(
                "Questions: %d in the file, %d current (%s)",
                catalog.fileQuestions().size(),
                catalog.questions().size(),
                String.join(
                        ", ", catalog.questions().stream().map(q -> q.slug()).toList()));
        VertxContextSupport.subscribeAndAwait(() -> jobs.resume());
        if (!started.isEmpty()) {
            LOG.infof("Questions: %d assessment job(s) started by the file", started.size());
        }
    }
}
