package io.claimbase.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.db.EmbeddedDatabase.Durability;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's settings, on real servers: durable unless a scratch database is asked for explicitly.
 */
class EmbeddedDatabaseTest {

    private static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void theServiceDatabaseIsDurable(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                    settings(database));
        }
    }

    @Test
    void aScratchDatabaseKeepsZonkysFastSettings(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, Durability.SCRATCH)) {
            assertEquals(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "on"),
                    settings(database));
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
