package io.claimbase.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Database calls are bounded: every pooled connection carries PostgreSQL's statement_timeout (5 s in the test profile,
 * 15 s by default), so a runaway statement is cancelled by the server and answered as "unavailable", never a hang.
 */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    Pool pool;

    @Test
    void everyConnectionCarriesTheConfiguredStatementTimeout() {
        String setting = pool.query("select current_setting('statement_timeout')")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(30))
                .iterator()
                .next()
                .getString(0);
        assertEquals("5s", setting);
    }

    @Test
    void aStatementRunningPastTheTimeoutIsCancelledByTheServer() {
        long started = System.nanoTime();
        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> pool.query("select pg_sleep(30)").execute().await().atMost(Duration.ofSeconds(25)));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        PgException pg = assertInstanceOf(
                PgException.class, failure.getCause() == null ? failure : failure.getCause(), failure.toString());
        assertEquals("57014", pg.getSqlState(), "query_canceled");
        assertTrue(elapsedMs < 20_000, "cancelled after about 5 s, not after the 30 s sleep: " + elapsedMs + " ms");
        assertTrue(DatabaseFailures.isUnavailable(failure), "answered as 503, not as a bug");
    }
}
