package io.claimbase.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The zero-configuration PostgreSQL: a real server (zonky's embedded binaries, PostgreSQL 17) started by the
 * application itself when no datasource URL is configured. It listens on a free port chosen at start (never a fixed
 * one) and keeps its files in a data directory that survives restarts. By default it keeps PostgreSQL's promise that
 * an acknowledged commit is durable ({@link Durability#DURABLE}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** What a commit acknowledged by the server survives. */
    public enum Durability {
        /**
         * fsync, synchronous_commit and full_page_writes on (PostgreSQL's defaults): a commit is acknowledged only once
         * its WAL is flushed to disk, so it survives a kill of the process or the container and a crash of the machine.
         */
        DURABLE,
        /**
         * zonky's test settings (postgres {@code -F}: fsync off; synchronous_commit off): commits are acknowledged
         * before their WAL is written, so a kill may lose the last ones and a crash of the machine may corrupt the
         * cluster. Only for databases that are thrown away, like the test suite's.
         */
        SCRATCH
    }

    private final AtomicBoolean closed = new AtomicBoolean();

    public static final String DATABASE = "claimbase";
    public static final String USER = "postgres";

    /** Settings that mean "an external PostgreSQL is configured": any of these makes the embedded one unnecessary. */
    private static final String[] EXTERNAL_URL_KEYS = {
        "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url"
    };

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a durable PostgreSQL with its data in {@code dataDirectory} (created and initialised on first use, reused
     * as it is afterwards) and makes sure the application database exists.
     */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        return start(dataDirectory, 0, Durability.DURABLE);
    }

    /**
     * Like {@link #start(Path)} on a given port (0: a free one). Starting again on the port and data directory of a
     * stopped server brings the same database back, as after an outage.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        return start(dataDirectory, port, Durability.DURABLE);
    }

    /** Like {@link #start(Path, int)} with the given durability. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, Durability durability) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (durability == Durability.DURABLE) {
            // zonky starts postgres with -F (fsync off) and synchronous_commit=off; options given after -F override it
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createApplicationDatabase();
        return database;
    }

    /**
     * The URL of an externally configured PostgreSQL, if any, looked up the way Quarkus does for these keys: system
     * property first, then environment variable.
     */
    public static Optional<String> configuredExternalUrl() {
        for (String key : EXTERNAL_URL_KEYS) {
            String value = System.getProperty(key);
            if (value == null) {
                value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            }
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The Quarkus datasource properties that point the application at this server. */
    public Map<String, String> datasourceProperties() {
        int port = postgres.getPort();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE);
        properties.put("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + DATABASE);
        properties.put("quarkus.datasource.username", USER);
        properties.put("quarkus.datasource.password", "");
        return properties;
    }

    public int port() {
        return postgres.getPort();
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    /** Stops the server; returns false when it was already stopped. */
    public boolean stop() throws IOException {
        if (closed.getAndSet(true)) {
            return false;
        }
        postgres.close();
        return true;
    }
}
