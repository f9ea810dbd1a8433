package io.claimbase.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.db.EmbeddedDatabase.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's settings and start-up, on real servers: durable unless a scratch database is asked for
 * explicitly; a second start on a directory in use is refused; a start that fails says why in one line.
 */
class EmbeddedDatabaseTest {

    private static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void theServiceDatabaseIsDurable(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertEquals(
                    Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"), settings(database));
        }
    }

    @Test
    void aScratchDatabaseKeepsZonkysFastSettings(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, Durability.SCRATCH)) {
            assertEquals(
                    Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "on"), settings(database));
        }
    }

    @Test
    void aSecondStartOnADirectoryInUseIsRefused(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            DataDirectoryInUseException refused =
                    assertThrows(DataDirectoryInUseException.class, () -> EmbeddedDatabase.start(data));
            assertEquals(data, refused.dataDirectory());
            assertEquals("on", settings(database).get("fsync"), "the first server still answers");
        }
    }

    @Test
    void aStartThatFailsSaysWhatPostgresqlSaid(@TempDir Path data) throws Exception {
        EmbeddedDatabase.start(data).stop();
        Files.writeString(data.resolve("postgresql.conf"), "\nthis is not a setting\n", StandardOpenOption.APPEND);

        IOException failure = assertThrows(
                IOException.class, () -> EmbeddedDatabase.start(data, 0, Durability.DURABLE, Duration.ofSeconds(5)));
        assertTrue(failure.getMessage().contains("FATAL: configuration file"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), "one line: " + failure.getMessage());
    }

    @Test
    void aPostmasterPidNamingAnotherLiveProcessIsExplainedAndThatProcessIsLeftAlone(@TempDir Path data)
            throws Exception {
        EmbeddedDatabase.start(data).stop();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), unrelated.pid() + "\n" + data + "\n1700000000\n5432\n");

            IOException failure = assertThrows(IOException.class, () -> EmbeddedDatabase.start(data));
            assertTrue(failure.getMessage().contains("names PID " + unrelated.pid()), failure.getMessage());
            assertTrue(failure.getMessage().contains("delete " + data.resolve("postmaster.pid")), failure.getMessage());
            assertTrue(unrelated.isAlive(), "a process that is not our PostgreSQL is never stopped");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private static Map<String, String> settings(EmbeddedDatabase database) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        database.datasourceProperties().get("quarkus.datasource.jdbc.url"), EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            for (String setting : DURABILITY_SETTINGS) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    settings.put(setting, rs.getString(1));
                }
            }
        }
        return settings;
    }
}
