package io.claimbase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClaimbaseMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ClaimbaseMetrics metrics = new ClaimbaseMetrics(registry);

    @Test
    void metersExistAtZeroBeforeAnyIngest() {
        assertEquals(0.0, registry.get("claimbase.articles.ingested").counter().count());
        assertEquals(0.0, registry.get("claimbase.claims.extracted").counter().count());
        assertEquals(0, registry.get("claimbase.extraction").timer().count());
    }

    @Test
    void countsArticlesClaimsAndExtractionTime() {
        metrics.articleIngested();
        metrics.articleIngested();
        metrics.claimsExtracted(7);
        metrics.claimsExtracted(0);
        metrics.extractionTimer().record(250, TimeUnit.MILLISECONDS);

        assertEquals(2.0, registry.get("claimbase.articles.ingested").counter().count());
        assertEquals(7.0, registry.get("claimbase.claims.extracted").counter().count());
        assertEquals(1, registry.get("claimbase.extraction").timer().count());
        assertEquals(250.0, registry.get("claimbase.extraction").timer().totalTime(TimeUnit.MILLISECONDS));
    }

    @Test
    void aNegativeClaimCountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> metrics.claimsExtracted(-1));
        assertEquals(0.0, registry.get("claimbase.claims.extracted").counter().count());
    }
}
