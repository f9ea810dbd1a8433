package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.db.EmbeddedDatabase;
import io.claimbase.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A database outage, end to end: the packaged jar on its own PostgreSQL, which the test stops and starts again on the
 * same port and data. While it is down every API call answers 503 problem+json with Retry-After, quickly; readiness is
 * DOWN and liveness UP. When it is back the service recovers by itself and everything acknowledged before is there.
 */
class DatabaseOutageIT {

    /** How long a request may take while the database is down: bounded by the connect/acquire timeouts (3 s / 5 s). */
    private static final long QUICK_MS = 8_000;

    @Test
    void duringAnOutageCallsAnswer503AndAfterItTheServiceRecoversWithNothingLost() throws Exception {
        Path data = Files.createTempDirectory("claimbase-outage-pg");
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        int port = database.port();
        Map<String, String> env = new HashMap<>();
        database.datasourceProperties()
                .forEach((key, value) -> env.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        env.put("CLAIMBASE_SEEDS_LOAD_AT_START", "false");
        try (RunningJar jar = RunningJar.start(env)) {
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
            String marker = UUID.randomUUID().toString();
            int acknowledged =
                    write(jar, marker).then().statusCode(201).extract().path("article.id");

            database.stop();

            for (String path : new String[] {"/articles", "/articles/" + acknowledged, "/authors"}) {
                unavailableQuickly(() -> given().baseUri(jar.baseUri()).when().get(path));
            }
            unavailableQuickly(() -> write(jar, UUID.randomUUID().toString()));
            given().baseUri(jar.baseUri())
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"));
            given().baseUri(jar.baseUri())
                    .when()
                    .get("/q/health/live")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));

            database = EmbeddedDatabase.start(data, port);

            awaitRecovery(jar, Duration.ofSeconds(60));
            given().baseUri(jar.baseUri())
                    .when()
                    .get("/articles/" + acknowledged)
                    .then()
                    .statusCode(200)
                    .body("body", containsString(marker));
            write(jar, UUID.randomUUID().toString()).then().statusCode(201);
            awaitReady(jar, Duration.ofSeconds(30));
        } finally {
            database.stop();
        }
    }

    private static Response write(RunningJar jar, String marker) {
        return editor(jar)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Chile and Peru signed a water-sharing accord on Friday, officials said. Ref " + marker + "."))
                .when()
                .post("/articles");
    }

    private static RequestSpecification editor(RunningJar jar) {
        return given().baseUri(jar.baseUri()).header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static void unavailableQuickly(java.util.function.Supplier<Response> call) {
        long started = System.nanoTime();
        Response response = call.get();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503));
        assertTrue(elapsedMs < QUICK_MS, "answered in " + elapsedMs + " ms");
    }

    private static void awaitRecovery(RunningJar jar, Duration timeout) throws InterruptedException {
        await(jar, "/articles", timeout);
    }

    /** Readiness comes back by itself once the pools have dropped the connections the outage broke. */
    private static void awaitReady(RunningJar jar, Duration timeout) throws InterruptedException {
        await(jar, "/q/health/ready", timeout);
    }

    private static void await(RunningJar jar, String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().baseUri(jar.baseUri()).when().get(path).statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " did not answer 200 within " + timeout);
    }
}
