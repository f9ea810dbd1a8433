package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar runs the prod profile, as the image and Kubernetes do: it refuses to start with the development
 * cursor-signing secret (and says why), and it loads no demo seed articles into its database unless asked.
 */
class ProductionDefaultsIT {

    @Test
    void theJarRefusesToStartWithTheDevelopmentCursorSecretAndSaysWhichSettingToChange() throws Exception {
        Map<String, String> env = Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-it-secret").toString(),
                "CLAIMBASE_API_CURSOR_SECRET",
                "claimbase-cursor-key-change-me");
        try (RunningJar jar = RunningJar.launch(env)) {
            assertTrue(jar.awaitExit(Duration.ofSeconds(90)), "the jar stops by itself:\n" + jar.log());
            assertEquals(1, jar.exitCode(), jar.log());
            String log = jar.log();
            assertTrue(log.contains("Refusing to start: the cursor-signing secret is the development value"), log);
            assertTrue(log.contains("CLAIMBASE_API_CURSOR_SECRET"), log);
            assertFalse(log.contains("Seeds:"), "nothing is loaded before the refusal:\n" + log);
        }
    }

    @Test
    void theJarRefusesAShortCursorSecret() throws Exception {
        Map<String, String> env = Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-it-short").toString(),
                "CLAIMBASE_API_CURSOR_SECRET",
                "too-short");
        try (RunningJar jar = RunningJar.launch(env)) {
            assertTrue(jar.awaitExit(Duration.ofSeconds(90)), "the jar stops by itself:\n" + jar.log());
            assertEquals(1, jar.exitCode(), jar.log());
            assertTrue(jar.log().contains("shorter than 32 bytes"), jar.log());
        }
    }

    @Test
    void withAnOperatorsSecretItStartsAndLoadsNoDemoArticles() throws Exception {
        Map<String, String> env = Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-it-prod").toString());
        try (RunningJar jar = RunningJar.start(env)) {
            given().baseUri(jar.baseUri())
                    .get("/articles")
                    .then()
                    .statusCode(200)
                    .body("items", empty());
            assertFalse(jar.log().contains("Seeds:"), jar.log());
            assertFalse(jar.log().contains("Refusing to start"), jar.log());
        }
    }
}
