package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Tokens;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production path: the packaged jar, given the standard Quarkus datasource variables (as Kubernetes gives them),
 * uses that PostgreSQL and starts no embedded server. Runs against the machine's PostgreSQL at 127.0.0.1:5432 (trust
 * authentication) in a database of its own, and is skipped with a message when that server is not reachable.
 */
class ExternalPostgresIT {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;
    private static final String DATABASE =
            "claimbase_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void createDatabase() throws SQLException {
        Assumptions.assumeTrue(
                reachable(),
                "Skipped: no PostgreSQL at " + HOST + ":" + PORT + " to prove the external-database path against");
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (reachable()) {
            try (Connection c = admin();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + DATABASE + " with (force)");
            }
        }
    }

    @Test
    void theJarUsesTheConfiguredPostgresAndStartsNoEmbeddedServer() throws Exception {
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL",
                "postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
                "QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
                "QUARKUS_DATASOURCE_USERNAME",
                "postgres",
                "QUARKUS_DATASOURCE_PASSWORD",
                "");
        String marker = UUID.randomUUID().toString();
        try (RunningJar jar = RunningJar.start(env)) {
            given().baseUri(jar.baseUri())
                    .header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "text", "Norway and Russia renewed their fisheries agreement in 2023. Ref " + marker + "."))
                    .when()
                    .post("/articles")
                    .then()
                    .statusCode(201);
            given().baseUri(jar.baseUri())
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
            String log = jar.log();
            assertTrue(log.contains("Using the configured PostgreSQL"), log);
            assertFalse(log.contains("Embedded PostgreSQL started"), log);
        }
        try (Connection c = DriverManager.getConnection(jdbc(DATABASE), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article where raw_body like '%" + marker + "%'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the posted article is in the external database");
        }
        try (Connection c = DriverManager.getConnection(jdbc(DATABASE), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "Flyway migrated the external database");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbc("postgres"), "postgres", "");
    }

    private static String jdbc(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
