package io.claimbase;

import io.claimbase.db.DataDirectoryInUseException;
import io.claimbase.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Entry point. When no datasource URL is configured (neither {@code QUARKUS_DATASOURCE_REACTIVE_URL} nor
 * {@code QUARKUS_DATASOURCE_JDBC_URL}, as environment variable or system property), it first starts an embedded
 * PostgreSQL whose data lives in {@code CLAIMBASE_DATA_DIR} (default {@code ./data/postgres}), points Quarkus at it,
 * and stops it only after Quarkus has shut down, so no request or transaction loses its database mid-way.
 */
@QuarkusMain
public final class ClaimbaseMain {

    private static final Logger LOG = Logger.getLogger(ClaimbaseMain.class);
    private static final String URI_VALIDATION = "vertx.disableURIValidation";

    private ClaimbaseMain() {}

    public static void main(String... args) throws Exception {
        // Quarkus's first handler answers a target java.net.URI cannot parse (a malformed escape such as %zz) with a
        // bare 400 and no body; without it the router decodes the target and an undecodable one reaches the problem
        // answer of io.claimbase.security.HttpGuard.
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        Optional<String> external = EmbeddedDatabase.configuredExternalUrl();
        if (external.isPresent()) {
            LOG.infof("Using the configured PostgreSQL; no embedded server is started");
            Quarkus.run(args);
            return;
        }
        Path dataDirectory = Path.of(Optional.ofNullable(System.getProperty("claimbase.data-dir"))
                        .or(() -> Optional.ofNullable(System.getenv("CLAIMBASE_DATA_DIR")))
                        .orElse("data/postgres"))
                .toAbsolutePath();
        long started = System.nanoTime();
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDirectory);
        } catch (DataDirectoryInUseException e) {
            // zonky's lock file: another process (often the previous run, still stopping) owns this data directory.
            // Quarkus's log handlers are not installed yet (records before boot are buffered), so this goes to stderr.
            exit("the embedded PostgreSQL data directory " + dataDirectory + " is in use by another Claimbase process "
                    + "(or one that is still stopping). Stop it and start again, or set CLAIMBASE_DATA_DIR to another "
                    + "directory.");
            return;
        } catch (IOException | RuntimeException e) {
            exit("the embedded PostgreSQL did not start with its data in " + dataDirectory + ": " + e.getMessage());
            return;
        }
        LOG.infof(
                "Embedded PostgreSQL started on port %d with data in %s (%d ms)",
                database.port(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
        database.datasourceProperties().forEach(System::setProperty);

        // Stop PostgreSQL only after Quarkus has finished: on a normal exit from the main thread, on a signal from the
        // shutdown hook once the main thread is done (or after a grace period).
        AtomicBoolean signalled = new AtomicBoolean();
        CountDownLatch quarkusDone = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            signalled.set(true);
                            awaitQuietly(quarkusDone);
                            stopQuietly(database);
                        },
                        "embedded-postgres-stop"));
        AtomicInteger exitCode = new AtomicInteger();
        try {
            Quarkus.run(null, (code, failure) -> exitCode.set(code), args);
        } finally {
            quarkusDone.countDown();
            stopQuietly(database);
        }
        if (!signalled.get()) {
            System.exit(exitCode.get());
        }
    }

    /** One line on stderr and exit code 1 (instead of the buffered start-up log and a stack trace). */
    private static void exit(String message) {
        System.err.println("Claimbase: " + message);
        System.exit(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void stopQuietly(EmbeddedDatabase database) {
        try {
            if (database.stop()) {
                LOG.info("Embedded PostgreSQL stopped");
            }
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
