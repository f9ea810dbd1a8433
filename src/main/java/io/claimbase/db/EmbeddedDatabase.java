package io.claimbase.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The zero-configuration PostgreSQL: a real server (zonky's embedded binaries, PostgreSQL 17) started by the
 * application itself when no datasource URL is configured. It listens on a free port chosen at start (never a fixed
 * one) and keeps its files in a data directory that survives restarts. By default it keeps PostgreSQL's promise that
 * an acknowledged commit is durable ({@link Durability#DURABLE}); a server left running on the directory by a process
 * that died is stopped before the start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** How long PostgreSQL may take to accept connections: crash recovery replays the WAL first (pg_ctl's default). */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /** zonky's lock on the data directory: held by the process that runs the server, from start to stop. */
    private static final String LOCK_FILE = "epg-lock";

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
    private static final String[] EXTERNAL_URL_KEYS = {"quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url"
    };

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a durable PostgreSQL with its data in {@code dataDirectory} (created and initialised on first use, reused
     * as it is afterwards) and makes sure the application database exists.
     *
     * @throws DataDirectoryInUseException when another live process holds the directory
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
        return start(dataDirectory, port, durability, STARTUP_WAIT);
    }

    static EmbeddedDatabase start(Path dataDirectory, int port, Durability durability, Duration startupWait)
            throws IOException {
        Files.createDirectories(dataDirectory);
        stopLeftoverServer(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(startupWait)
                .setServerConfig("max_connections", "100");
        if (durability == Durability.DURABLE) {
            // zonky starts postgres with -F (fsync off) and synchronous_commit=off; options given after -F override it
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres;
        try (ServerMessages messages = ServerMessages.listen()) {
            try {
                postgres = builder.start();
            } catch (IllegalStateException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("could not lock")) {
                    throw new DataDirectoryInUseException(dataDirectory);
                }
                throw new IOException(messages.explain(e), e);
            } catch (IOException | RuntimeException e) {
                throw new IOException(messages.explain(e), e);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createApplicationDatabase();
        return database;
    }

    /**
     * When no live process holds the directory (zonky's lock can be taken) but {@code postmaster.pid} names a live
     * postmaster of it, its owner died without stopping it (SIGKILL): stop it, so the start below can proceed.
     */
    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return; // also keeps a directory that initdb has yet to fill empty
        }
        try (FileChannel channel = FileChannel.open(
                dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldByThisProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            Optional<LeftoverPostmaster> leftover = LeftoverPostmaster.find(dataDirectory);
            if (leftover.isPresent()) {
                leftover.get().stop();
                LOG.warnf(
                        "Stopped the embedded PostgreSQL (PID %d) that a previous process left running on %s after "
                                + "it ended without stopping it; starting it again",
                        leftover.get().pid(), dataDirectory);
            } else {
                Optional<ProcessHandle> foreign = LeftoverPostmaster.foreignProcess(dataDirectory);
                if (foreign.isPresent()) {
                    throw new IOException("its postmaster.pid names PID "
                            + foreign.get().pid() + ", a running process "
                            + "that is not this directory's PostgreSQL (a process id reused after a crash?), and "
                            + "PostgreSQL refuses to start while it runs. If no PostgreSQL runs on " + dataDirectory
                            + ", delete " + dataDirectory.resolve("postmaster.pid") + " and start again.");
                }
            }
            lock.release();
        }
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
            try (ResultSet rs =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
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

    /**
     * The errors PostgreSQL and pg_ctl print while the server starts (zonky logs their output line by line), kept to
     * explain a failed start in one line instead of zonky's "gave up waiting".
     */
    private static final class ServerMessages extends Handler implements AutoCloseable {

        private static final Pattern ERROR = Pattern.compile("\\b(?:FATAL|PANIC|ERROR|DETAIL|HINT):|pg_ctl: ");
        private static final int KEPT = 6;

        private final java.util.logging.Logger logger =
                java.util.logging.Logger.getLogger(EmbeddedPostgres.class.getName());
        private final Deque<String> lines = new ArrayDeque<>();

        static ServerMessages listen() {
            ServerMessages messages = new ServerMessages();
            messages.logger.addHandler(messages);
            return messages;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            String message = record.getMessage();
            Matcher error = message == null ? null : ERROR.matcher(message);
            if (error != null && error.find()) {
                lines.addLast(
                        message.substring(error.start()).replaceAll("\\s+", " ").trim());
                if (lines.size() > KEPT) {
                    lines.removeFirst();
                }
            }
        }

        synchronized String explain(Exception failure) {
            return lines.isEmpty() ? String.valueOf(failure.getMessage()) : String.join(" | ", lines);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
