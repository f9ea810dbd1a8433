package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Writes the questions of {@code questions.yaml} to the {@code question} table at start-up, before the seed articles
 * are ingested. Idempotent: a question is matched by its slug and updated in place, so its positions keep pointing at
 * it.
 */
public class QuestionSeeder {

    private static final Logger LOG = Logger.getLogger(QuestionSeeder.class);

    private final QuestionCatalog catalog;
    private final PositionRepository positions;

    public QuestionSeeder(QuestionCatalog catalog, PositionRepository positions) {
        this.catalog = catalog;
        this.positions = positions;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> positions.upsertQuestions(catalog.questions()));
        LOG.infof(
                "Questions: %d seeded (%s)",
                catalog.questions().size(),
                String.join(
                        ", ", catalog.questions().stream().map(q -> q.slug()).toList()));
    }
}
