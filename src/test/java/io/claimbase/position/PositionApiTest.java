package io.claimbase.position;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.asEditor;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.reextract;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PositionApiTest {

    private static final String QUESTION = "/questions/china-russia-alignment";

    private static final String PSEUDO_ALLIANCE = """
            Xi Jinping and Vladimir Putin were all smiles at the summit, but relations between the two countries have stalled.
            Yet the gestures of goodwill cannot camouflage the underlying tensions in this presidential pseudo-alliance.
            Mutual irritation and barely hidden mistrust bode ill for China-Russia relations.
            """;
    private static final String PARTNERSHIP = """
            China and Russia are not about to form an alliance.
            Their strategic partnership has grown stronger in recent years.
            """;
    private static final String QUASI_ALLIANCE = """
            China and Russia now form a de facto alliance against the West.
            Their entente keeps deepening.
            """;
    private static final String SILENT = """
            The United States and Russia are expelling each other's diplomats by the hundreds.
            Moscow fears that the NATO alliance will admit Ukraine.
            """;

    @Inject
    Pool pool;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String newAuthor() {
        return Names.unique("Test Author");
    }

    private static String slugOf(String name) {
        return Names.slugOf(name);
    }

    /** Posts an article and assesses its stored claims; answers the article id. */
    private int articleWithPositions(String text, Object... metadata) {
        int id = post(article(unique(text), metadata)).statusCode(201).extract().path("article.id");
        StoredClaims.ensure(pool, id);
        asEditor().when().post("/articles/" + id + "/positions/reassess").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse put(int articleId, String slug, Map<String, Object> body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/articles/" + articleId + "/positions/" + slug)
                .then();
    }

    @Test
    void questionsAreListedWithTheirOrderedScale() {
        given().when()
                .get("/questions")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("china-russia-alignment"))
                .body("next", nullValue());
        given().when()
                .get(QUESTION)
                .then()
                .statusCode(200)
                .body("actors", contains("china", "russia"))
                .body(
                        "scale.label",
                        contains(
                                "rivalry",
                                "limited-partnership",
                                "strategic-partnership",
                                "quasi-alliance",
                                "alliance"))
                .body("scale.score", contains(0f, 1f, 2f, 3f, 4f))
                .body("trends", contains("strengthening", "stable", "weakening"));
        given().when()
                .get("/questions/no-such-question")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-question"));
    }

    @Test
    void anArticlesPositionHasItsLabelTrendRationaleAndEvidence() {
        int id = articleWithPositions(PSEUDO_ALLIANCE, "author", newAuthor(), "publishedOn", "2019-01-09");
        given().when()
                .get("/articles/" + id + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].question", equalTo("china-russia-alignment"))
                .body("items[0].label", equalTo("limited-partnership"))
                .body("items[0].score", equalTo(1.0f))
                .body("items[0].trend", equalTo("weakening"))
                .body("items[0].curated", equalTo(false))
                .body("items[0].curatedBy", nullValue())
                .body("items[0].rationale", containsString("pseudo-alliance"))
                .body("items[0].evidence.cue", hasItem("pseudo-alliance"))
                .body("items[0].evidence.quote", hasItem(containsString("this presidential pseudo-alliance")))
                .body("items[0].evidence[0].attribution", equalTo("author"));
    }

    @Test
    void anArticleThatDoesNotAddressTheQuestionHasNoPosition() {
        int id = articleWithPositions(SILENT, "author", newAuthor());
        given().when()
                .get("/articles/" + id + "/positions")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().when().get("/articles/999999999/positions").then().statusCode(404);
    }

    @Test
    void anAuthorsRowAggregatesTheirArticlesWithTheLatestStance() {
        String author = newAuthor();
        int older = articleWithPositions(PARTNERSHIP, "author", author, "publishedOn", "2018-05");
        int newer = articleWithPositions(QUASI_ALLIANCE, "author", author, "publishedOn", "2021-07-01");
        given().queryParam("author", slugOf(author))
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].author.name", equalTo(author))
                .body("items[0].latest.article.id", equalTo(newer))
                .body("items[0].latest.label", equalTo("quasi-alliance"))
                .body("items[0].articles.article.id", contains(newer, older))
                .body("items[0].score", greaterThan(2.0f))
                .body("items[0].score", lessThan(3.0f))
                .body("items[0].trend", equalTo("strengthening"))
                .body("items[0].evidence.quote", hasItem(containsString("de facto alliance")));

        given().queryParam("author", slugOf(author))
                .queryParam("publishedBefore", "2020")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items[0].label", equalTo("strategic-partnership"))
                .body("items[0].articles", hasSize(1));
        given().queryParam("author", slugOf(author))
                .queryParam("label", "quasi-alliance")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items[0].articles.article.id", contains(newer));
        given().queryParam("author", slugOf(author))
                .queryParam("minConfidence", "0.99")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items", empty());

        given().when()
                .get("/authors/" + slugOf(author) + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].question", equalTo("china-russia-alignment"))
                .body("items[0].latest.label", equalTo("quasi-alliance"));
    }

    @Test
    void rowsAreOrderedByScaleScoreWithUndeterminedLast() {
        articleWithPositions(PSEUDO_ALLIANCE, "author", newAuthor());
        articleWithPositions(QUASI_ALLIANCE, "author", newAuthor());
        List<Float> scores = given().queryParam("limit", 200)
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.score");
        for (int i = 1; i < scores.size(); i++) {
            Float before = scores.get(i - 1);
            Float after = scores.get(i);
            assertTrue(after == null || before != null && before <= after, "not ordered by score: " + scores);
        }
    }

    @Test
    void badFiltersAreProblems() {
        given().queryParam("label", "friendship")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("label"));
        given().queryParam("minConfidence", "1.5")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("minConfidence"));
        given().queryParam("publishedAfter", "last year")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("publishedAfter"));
        given().queryParam("autor", "x")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("autor"));
    }

    @Test
    void aCuratedPositionWinsAndSurvivesReassessment() {
        String author = newAuthor();
        int id = articleWithPositions(PSEUDO_ALLIANCE, "author", author);
        put(
                        id,
                        "china-russia-alignment",
                        Map.of("label", "quasi-alliance", "trend", "stable", "note", "The editor reads it otherwise"))
                .statusCode(200)
                .body("label", equalTo("quasi-alliance"))
                .body("score", equalTo(3.0f))
                .body("curated", equalTo(true))
                .body("note", equalTo("The editor reads it otherwise"))
                .body("curatedBy", equalTo("test-user@claimbase.test"))
                .body("evidence.cue", hasItem("pseudo-alliance"));

        asEditor()
                .when()
                .post("/articles/" + id + "/positions/reassess")
                .then()
                .statusCode(200)
                .body("items[0].label", equalTo("quasi-alliance"))
                .body("items[0].curated", equalTo(true));
        given().queryParam("author", slugOf(author))
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items[0].label", equalTo("quasi-alliance"))
                .body("items[0].latest.curated", equalTo(true));

        reextract(id).statusCode(200);
        given().when()
                .get("/articles/" + id + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].label", equalTo("quasi-alliance"))
                .body("items[0].curated", equalTo(true))
                .body("items[0].note", equalTo("The editor reads it otherwise"));

        // the re-extracted claims are assessed again: the curated position keeps its label, its evidence is renewed
        StoredClaims.ensure(pool, id);
        asEditor()
                .when()
                .post("/articles/" + id + "/positions/reassess")
                .then()
                .statusCode(200)
                .body("items[0].label", equalTo("quasi-alliance"))
                .body("items[0].evidence.cue", hasItem("pseudo-alliance"));
    }

    @Test
    void anEditorMayMarkAnArticleUndeterminedEvenWithoutAnExtractedPosition() {
        int id = articleWithPositions(SILENT, "author", newAuthor());
        put(id, "china-russia-alignment", Map.of("label", "undetermined"))
                .statusCode(200)
                .body("label", equalTo("undetermined"))
                .body("score", nullValue())
                .body("evidence", empty());
    }

    @Test
    void aCuratedPositionOffTheScaleIsRejected() {
        int id = articleWithPositions(PARTNERSHIP, "author", newAuthor());
        put(id, "china-russia-alignment", Map.of("label", "friendship"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("label"));
        put(id, "china-russia-alignment", Map.of("label", "alliance", "score", 2.0))
                .statusCode(400)
                .body("errors[0].field", equalTo("score"));
        put(id, "china-russia-alignment", Map.of("label", "undetermined", "score", 2.0))
                .statusCode(400)
                .body("errors[0].field", equalTo("score"));
        put(id, "china-russia-alignment", Map.of("label", "alliance", "trend", "sideways"))
                .statusCode(400);
        put(id, "no-such-question", Map.of("label", "alliance")).statusCode(404);
        put(999999999, "china-russia-alignment", Map.of("label", "alliance")).statusCode(404);
    }

    @Test
    void theSeedAuthorsPositionsAreWhereAReaderPutsThem() {
        // read from the seed texts (gold set): Baev calls it a "presidential pseudo-alliance" on "a steady path of
        // deterioration"; Taussig sees "deepening and substantive cooperation" short of a "treaty alliance"
        given().queryParam("author", "pavel-k-baev")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].label", equalTo("limited-partnership"))
                .body("items[0].trend", equalTo("weakening"))
                .body("items[0].evidence.quote", hasItem(containsString("presidential pseudo-alliance")));
        given().queryParam("author", "torrey-taussig")
                .when()
                .get(QUESTION + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].label", equalTo("strategic-partnership"))
                .body("items[0].trend", equalTo("strengthening"));
    }
}
