package io.claimbase.position;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How assessment jobs run (prefix {@code claimbase.assessment}; {@code CLAIMBASE_ASSESSMENT_...}). */
@ConfigMapping(prefix = "claimbase.assessment")
public interface AssessmentConfig {

    /** How many articles of a job are assessed at once (on worker threads); each batch is one transaction. */
    @WithDefault("2")
    int parallelism();

    /** How many articles a job takes per batch: it records its progress after each batch. */
    @WithDefault("16")
    int batchSize();

    /** A pause between two batches, to leave the database to other work during a long job (none by default). */
    @WithDefault("0s")
    Duration batchPause();
}
