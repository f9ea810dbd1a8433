package io.claimbase.support;

import io.claimbase.db.EmbeddedDatabase;
import io.claimbase.db.EmbeddedDatabase.Durability;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The test database: a real PostgreSQL. When an external one is configured through the standard Quarkus datasource
 * variables it is used as it is; otherwise an embedded server is started in a fresh temporary directory (and removed
 * afterwards). That one is deliberately not durable ({@link Durability#SCRATCH}: fsync and synchronous_commit off),
 * because its data is thrown away at the end of the run and no test here crashes it; the service's own embedded
 * server is durable, which {@code EmbeddedDatabaseTest} and {@code CrashDurabilityIT} check.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.configuredExternalUrl().isPresent()) {
            return Map.of();
        }
        try {
            directory = Files.createTempDirectory("claimbase-test-pg");
            database = EmbeddedDatabase.start(directory, 0, Durability.SCRATCH);
            return database.datasourceProperties();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.stop();
            }
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
