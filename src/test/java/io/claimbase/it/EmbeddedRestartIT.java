package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zero-configuration path: with no datasource configured the jar starts its own PostgreSQL, loads the seeds, and
 * after a restart on the same data directory still has them, once each.
 */
class EmbeddedRestartIT {

    @Test
    void aRestartKeepsTheSeedArticlesAndAddsNoDuplicates() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-data");
        Map<String, String> env = Map.of("CLAIMBASE_DATA_DIR", data.toString());
        List<Integer> first;
        try (RunningJar jar = RunningJar.start(env)) {
            first = given().baseUri(jar.baseUri()).queryParam("limit", 200).get("/articles").then().statusCode(200)
                    .extract().path("items.id");
            assertTrue(jar.log().contains("Embedded PostgreSQL started"), jar.log());
        }
        assertEquals(5, first.size(), "the five seed articles are loaded");
        try (RunningJar jar = RunningJar.start(env)) {
            List<Integer> second = given().baseUri(jar.baseUri()).queryParam("limit", 200).get("/articles").then()
                    .statusCode(200).extract().path("items.id");
            assertEquals(first, second, "a restart keeps the same articles and adds none");
            assertTrue(jar.log().contains("Seeds: 5 articles"), jar.log());
            assertTrue(jar.log().contains(", 0 new"), jar.log());
        }
    }
}
