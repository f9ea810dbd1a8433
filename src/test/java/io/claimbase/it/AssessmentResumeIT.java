package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.claimbase.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * An assessment job that a crash interrupts finishes on the next start, on the packaged jar: the JVM is killed
 * (SIGKILL) while the job of a question created through the API is half done, and after the restart the job resumes
 * from its last committed batch and assesses every stored article.
 */
class AssessmentResumeIT {

    private static final String SLUG = "eu-china-resume";

    @Test
    void aJobInterruptedByACrashFinishesOnTheNextStart() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-assessment");
        // the packaged jar runs the prod profile, which loads no demo seeds unless asked
        Map<String, String> slow = Map.of(
                "CLAIMBASE_DATA_DIR", data.toString(),
                "CLAIMBASE_SEEDS_LOAD_AT_START", "true",
                "CLAIMBASE_ASSESSMENT_BATCH_SIZE", "1",
                "CLAIMBASE_ASSESSMENT_BATCH_PAUSE", "1s");
        int rival;
        try (RunningJar jar = RunningJar.start(slow)) {
            rival = post(jar, "rival");
            post(jar, "partner");
            post(jar, "competitor");
            given().baseUri(jar.baseUri())
                    .header("Authorization", Tokens.bearer(Tokens.admin()))
                    .contentType(ContentType.JSON)
                    .body(definition())
                    .put("/questions/" + SLUG)
                    .then()
                    .statusCode(202);
            JsonPath half = await(jar, job -> job.getInt("done") >= 2);
            assertEquals("running", half.getString("state"), half.prettify());
            assertTrue(half.getInt("done") < half.getInt("total"), half.prettify());
            jar.kill();
        }

        try (RunningJar jar = RunningJar.start(Map.of("CLAIMBASE_DATA_DIR", data.toString()))) {
            JsonPath job = await(jar, j -> !"running".equals(j.getString("state")));
            assertEquals("succeeded", job.getString("state"), job.prettify());
            assertEquals(8, job.getInt("total"), "the five seeds and three articles: " + job.prettify());
            assertEquals(8, job.getInt("done"), job.prettify());
            assertTrue(job.getList("errors").isEmpty(), job.prettify());
            assertTrue(jar.log().contains("Assessment of " + SLUG + " v1: resuming"), jar.log());
            List<Map<String, Object>> positions = given().baseUri(jar.baseUri())
                    .get("/articles/" + rival + "/positions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            assertTrue(
                    positions.stream()
                            .anyMatch(p -> SLUG.equals(p.get("question")) && "systemic-rival".equals(p.get("label"))),
                    positions.toString());
        }
    }

    private static int post(RunningJar jar, String name) throws Exception {
        String text = new String(
                        AssessmentResumeIT.class
                                .getResourceAsStream("/eu-china/" + name + ".txt")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                + "\n\nReference " + UUID.randomUUID() + " was filed today.";
        return given().baseUri(jar.baseUri())
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("article.id");
    }

    /** The EU–China question of questions.yaml, as a PUT body. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> definition() throws Exception {
        Map<String, Object> file = new YAMLMapper()
                .readValue(Path.of("seeds/domain/questions.yaml").toFile(), Map.class);
        for (Map<String, Object> q : (List<Map<String, Object>>) file.get("questions")) {
            if ("eu-china-triad".equals(q.get("slug"))) {
                Map<String, Object> body = new LinkedHashMap<>(q);
                body.remove("slug");
                return body;
            }
        }
        throw new IllegalStateException("no eu-china-triad in questions.yaml");
    }

    private static JsonPath await(RunningJar jar, Predicate<JsonPath> until) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonPath job = given().baseUri(jar.baseUri())
                    .get("/questions/" + SLUG + "/assessment")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (until.test(job)) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job did not get there: " + job.prettify() + "\n" + jar.log());
            }
            Thread.sleep(200);
        }
    }
}
