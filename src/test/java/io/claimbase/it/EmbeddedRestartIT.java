package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Tokens;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The zero-configuration path: with no datasource configured the jar starts its own PostgreSQL, loads the seeds, and
 * after a restart on the same data directory still has them, once each. A restart after the JVM was killed (its
 * PostgreSQL left running) recovers by itself; a second live instance on the same directory is refused.
 */
class EmbeddedRestartIT {

    @Test
    void aRestartKeepsTheSeedArticlesAndAddsNoDuplicates() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-data");
        Map<String, String> env =
                Map.of("CLAIMBASE_DATA_DIR", data.toString(), "CLAIMBASE_SEEDS_LOAD_AT_START", "true");
        List<Integer> first;
        try (RunningJar jar = RunningJar.start(env)) {
            first = given().baseUri(jar.baseUri())
                    .queryParam("limit", 200)
                    .get("/articles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertTrue(jar.log().contains("Embedded PostgreSQL started"), jar.log());
        }
        assertEquals(5, first.size(), "the five seed articles are loaded");
        try (RunningJar jar = RunningJar.start(env)) {
            List<Integer> second = given().baseUri(jar.baseUri())
                    .queryParam("limit", 200)
                    .get("/articles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertEquals(first, second, "a restart keeps the same articles and adds none");
            assertTrue(jar.log().contains("Seeds: 5 articles"), jar.log());
            assertTrue(jar.log().contains(", 0 new"), jar.log());
        }
    }

    @Test
    void aRestartAfterTheJvmWasKilledStopsThePostgresqlItLeftRunningAndComesUpWithTheData() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-orphan");
        Map<String, String> env =
                Map.of("CLAIMBASE_DATA_DIR", data.toString(), "CLAIMBASE_SEEDS_LOAD_AT_START", "false");
        String marker = UUID.randomUUID().toString();
        Postmaster orphan;
        int id;
        try (RunningJar jar = RunningJar.start(env)) {
            id = given().baseUri(jar.baseUri())
                    .header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "Chile and Peru signed a water-sharing accord on Friday. Ref " + marker + "."))
                    .post("/articles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("article.id");
            orphan = Postmaster.of(data).orElseThrow();
            jar.kill();
        }
        assertTrue(orphan.isAlive(), "the JVM's PostgreSQL outlives it (pg_ctl starts it detached)");

        try (RunningJar jar = RunningJar.start(env)) {
            assertFalse(orphan.isAlive(), "the leftover PostgreSQL was stopped");
            given().baseUri(jar.baseUri())
                    .get("/articles/" + id)
                    .then()
                    .statusCode(200)
                    .body("body", containsString(marker));
            List<String> recovery = jar.log()
                    .lines()
                    .filter(line -> line.contains("Stopped the embedded PostgreSQL"))
                    .toList();
            assertEquals(1, recovery.size(), jar.log());
            assertTrue(recovery.get(0).contains("(PID " + orphan.pid() + ")"), recovery.get(0));
        }
    }

    @Test
    void aSecondLiveInstanceOnTheSameDirectoryIsRefusedInOneLine() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-twice");
        Map<String, String> env =
                Map.of("CLAIMBASE_DATA_DIR", data.toString(), "CLAIMBASE_SEEDS_LOAD_AT_START", "false");
        try (RunningJar first = RunningJar.start(env)) {
            Postmaster server = Postmaster.of(data).orElseThrow();
            RunningJar second = RunningJar.launch(env);
            assertTrue(second.awaitExit(Duration.ofSeconds(60)), "the second instance exits");
            assertEquals(1, second.exitCode(), second.log());
            assertEquals(
                    List.of("Claimbase: the embedded PostgreSQL data directory " + data + " is in use by another "
                            + "Claimbase process (or one that is still stopping). Stop it and start again, or set "
                            + "CLAIMBASE_DATA_DIR to another directory."),
                    second.log().lines().toList());

            assertTrue(server.isAlive(), "the first instance's PostgreSQL is untouched");
            given().baseUri(first.baseUri()).get("/q/health/ready").then().statusCode(200);
        }
    }
}
