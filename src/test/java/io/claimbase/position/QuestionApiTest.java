package io.claimbase.position;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.asAdmin;
import static io.claimbase.support.Api.asEditor;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions as a resource, through HTTP: create, replace, validate and delete; the assessment job's progress and
 * completion over the stored articles; curated positions kept; roles.
 */
@QuarkusTest
class QuestionApiTest {

    static final String EU_CHINA = "eu-china-triad";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The EU–China question as shipped in seeds/domain/questions.yaml, as a PUT body (without its slug). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> euChinaDefinition() {
        try {
            Map<String, Object> file = new YAMLMapper()
                    .readValue(Path.of("seeds/domain/questions.yaml").toFile(), Map.class);
            for (Map<String, Object> q : (List<Map<String, Object>>) file.get("questions")) {
                if (EU_CHINA.equals(q.get("slug"))) {
                    Map<String, Object> body = new LinkedHashMap<>(q);
                    body.remove("slug");
                    return body;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no " + EU_CHINA + " in questions.yaml");
    }

    /** A deep copy, to edit. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> body) {
        ObjectMapper json = new ObjectMapper();
        return json.convertValue(json.valueToTree(body), Map.class);
    }

    static String newSlug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse putQuestion(String slug, Object body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/questions/" + slug)
                .then();
    }

    /** Waits until the question's job has finished; answers its report. */
    static JsonPath finished(String slug) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = given().get("/questions/" + slug + "/assessment")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!"running".equals(job.getString("state"))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("job of " + slug + " still running: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static int postArticle(String resource) {
        return post(article(unique(EuChinaApiTest.text(resource)), "author", Names.unique("Test Author")))
                .statusCode(201)
                .extract()
                .path("article.id");
    }

    static String labelOf(int articleId, String slug) {
        List<Map<String, Object>> items = given().get("/articles/" + articleId + "/positions")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(p -> slug.equals(p.get("question")))
                .map(p -> (String) p.get("label"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aNewQuestionIsAssessedOverTheStoredArticlesByItsJob() {
        int rival = postArticle("rival");
        int partner = postArticle("partner");
        String slug = newSlug();
        putQuestion(slug, euChinaDefinition())
                .statusCode(202)
                .header("Location", endsWith("/questions/" + slug + "/assessment"))
                .body("question", equalTo(slug))
                .body("questionVersion", equalTo(1))
                .body("startedAt", notNullValue());

        JsonPath job = finished(slug);
        assertEquals("succeeded", job.getString("state"), job.prettify());
        assertEquals(job.getInt("total"), job.getInt("done"), job.prettify());
        assertTrue(job.getInt("done") >= 2, job.prettify());
        assertTrue(job.getList("errors").isEmpty(), job.prettify());
        assertTrue(job.getString("finishedAt") != null, job.prettify());

        given().get("/questions/" + slug)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("origin", equalTo("api"))
                .body("actors", equalTo(List.of("european-union", "china")));
        given().get("/questions").then().statusCode(200).body("items.slug", hasItem(slug));
        assertEquals("systemic-rival", labelOf(rival, slug));
        assertEquals("partner", labelOf(partner, slug));
        given().queryParam("label", "systemic-rival")
                .get("/questions/" + slug + "/positions")
                .then()
                .statusCode(200)
                .body("items", not(empty()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvalidQuestionIsA400NamingTheFieldAndChangesNothing() {
        String slug = newSlug();
        Map<String, Object> scoresDown = copy(euChinaDefinition());
        scoreOf(scoresDown, 1, -5);
        putQuestion(slug, scoresDown)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("/scale/1/score"))
                .body("errors[0].message", containsString("scores must increase"));

        Map<String, Object> unknownKey = copy(euChinaDefinition());
        level(unknownKey, 0).put("colour", "red");
        putQuestion(slug, unknownKey).statusCode(400).body("errors[0].field", equalTo("/scale/0/colour"));

        Map<String, Object> unknownActor = copy(euChinaDefinition());
        actor(unknownActor, 1).put("id", "atlantis");
        putQuestion(slug, unknownActor)
                .statusCode(400)
                .body("errors[0].field", equalTo("/actors/1/id"))
                .body("errors[0].message", containsString("atlantis"));

        Map<String, Object> blankCue = copy(euChinaDefinition());
        level(blankCue, 2).put("cues", List.of("partner", " "));
        putQuestion(slug, blankCue).statusCode(400).body("errors[0].field", equalTo("/scale/2/cues/1"));

        Map<String, Object> wrongType = copy(euChinaDefinition());
        ((Map<String, Object>) wrongType.get("negation")).put("window", "six");
        putQuestion(slug, wrongType).statusCode(400).body("errors[0].field", equalTo("/negation/window"));

        Map<String, Object> otherSlug = copy(euChinaDefinition());
        otherSlug.put("slug", "another-one");
        putQuestion(slug, otherSlug).statusCode(400).body("errors[0].field", equalTo("/slug"));

        given().get("/questions/" + slug).then().statusCode(404);
        given().get("/questions/" + slug + "/assessment").then().statusCode(404);
    }

    @Test
    void replacingAQuestionIncrementsItsVersionAndKeepsCuratedPositions() {
        int article = postArticle("competitor");
        String slug = newSlug();
        putQuestion(slug, euChinaDefinition()).statusCode(202);
        finished(slug);
        assertEquals("competitor", labelOf(article, slug));
        asEditor()
                .contentType(ContentType.JSON)
                .body(Map.of("label", "partner", "note", "the author concedes much"))
                .when()
                .put("/articles/" + article + "/positions/" + slug)
                .then()
                .statusCode(200)
                .body("curated", equalTo(true));

        Map<String, Object> changed = copy(euChinaDefinition());
        changed.put("text", "Partners, competitors or rivals: what are the EU and China?");
        putQuestion(slug, changed).statusCode(202).body("questionVersion", equalTo(2));
        JsonPath job = finished(slug);
        assertEquals("succeeded", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("questionVersion"));

        given().get("/questions/" + slug)
                .then()
                .body("version", equalTo(2))
                .body("text", equalTo("Partners, competitors or rivals: what are the EU and China?"));
        given().get("/articles/" + article + "/positions")
                .then()
                .statusCode(200)
                .body("items.find { it.question == '" + slug + "' }.label", equalTo("partner"))
                .body("items.find { it.question == '" + slug + "' }.curated", equalTo(true))
                .body("items.find { it.question == '" + slug + "' }.evidence", not(empty()));
    }

    @Test
    void deletingRefusesWhileCuratedPositionsExistUnlessForced() {
        int article = postArticle("partner");
        String slug = newSlug();
        putQuestion(slug, euChinaDefinition()).statusCode(202);
        finished(slug);
        asEditor()
                .contentType(ContentType.JSON)
                .body(Map.of("label", "competitor"))
                .when()
                .put("/articles/" + article + "/positions/" + slug)
                .then()
                .statusCode(200);

        asAdmin()
                .when()
                .delete("/questions/" + slug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 curated position"));
        given().get("/questions/" + slug).then().statusCode(200);
        asAdmin()
                .queryParam("force", "yes")
                .when()
                .delete("/questions/" + slug)
                .then()
                .statusCode(400);

        asAdmin()
                .queryParam("force", "true")
                .when()
                .delete("/questions/" + slug)
                .then()
                .statusCode(204);
        given().get("/questions/" + slug).then().statusCode(404);
        assertEquals(null, labelOf(article, slug));
        asAdmin().when().delete("/questions/" + slug).then().statusCode(404);
    }

    @Test
    void aQuestionWithoutCuratedPositionsIsDeletedWithItsPositions() {
        int article = postArticle("rival");
        String slug = newSlug();
        putQuestion(slug, euChinaDefinition()).statusCode(202);
        finished(slug);
        assertEquals("systemic-rival", labelOf(article, slug));
        asAdmin().when().delete("/questions/" + slug).then().statusCode(204);
        assertEquals(null, labelOf(article, slug));
        given().get("/questions").then().body("items.slug", not(hasItem(slug)));
    }

    @Test
    void onlyAnAdminMayPutOrDeleteAQuestion() {
        String slug = newSlug();
        given().contentType(ContentType.JSON)
                .body(euChinaDefinition())
                .when()
                .put("/questions/" + slug)
                .then()
                .statusCode(401);
        asEditor()
                .contentType(ContentType.JSON)
                .body(euChinaDefinition())
                .when()
                .put("/questions/" + slug)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        asEditor().when().delete("/questions/" + EU_CHINA).then().statusCode(403);
        given().get("/questions/" + slug).then().statusCode(404);
    }

    @Test
    void theShippedQuestionsComeFromTheFile() {
        given().get("/questions/" + EU_CHINA)
                .then()
                .statusCode(200)
                .body("origin", equalTo("file"))
                .body("scale.label", equalTo(List.of("systemic-rival", "competitor", "partner")));
        given().get("/questions/china-russia-alignment").then().statusCode(200).body("origin", equalTo("file"));
        given().get("/questions/no-such-question/assessment").then().statusCode(404);
        given().get("/questions/no-such-question/holders").then().statusCode(404);
        given().get("/questions/" + EU_CHINA + "/assessment")
                .then()
                .statusCode(200)
                .body("state", not(equalTo("failed")))
                .body("errors", empty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> level(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("scale")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> actor(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("actors")).get(i);
    }

    private static void scoreOf(Map<String, Object> body, int i, double score) {
        level(body, i).put("score", score);
    }
}
