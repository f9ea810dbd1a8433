package io.claimbase.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Claimbase's own meters, exported at /q/metrics with the rest:
 * {@code claimbase_articles_ingested_total}, {@code claimbase_claims_extracted_total} and
 * {@code claimbase_extraction_seconds} (count, sum, max). Registered at start, so they read 0 before the first ingest.
 */
@Startup
@ApplicationScoped
public class ClaimbaseMetrics {

    private final Counter articlesIngested;
    private final Counter claimsExtracted;
    private final Timer extractionTimer;

    public ClaimbaseMetrics(MeterRegistry registry) {
        this.articlesIngested = Counter.builder("claimbase.articles.ingested")
                .description("Articles stored (a text already stored is not counted again)")
                .register(registry);
        this.claimsExtracted = Counter.builder("claimbase.claims.extracted")
                .description("Claims extracted from ingested articles")
                .register(registry);
        this.extractionTimer = Timer.builder("claimbase.extraction")
                .description("Time spent extracting claims and positions from one article")
                .register(registry);
    }

    public void articleIngested() {
        articlesIngested.increment();
    }

    public void claimsExtracted(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a claim count cannot be negative: " + count);
        }
        claimsExtracted.increment(count);
    }

    /** Time an extraction with {@code extractionTimer().record(() -> extractor.extract(input))}. */
    public Timer extractionTimer() {
        return extractionTimer;
    }
}
