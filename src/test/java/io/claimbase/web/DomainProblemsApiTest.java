package io.claimbase.web;

import static io.claimbase.support.Api.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What services and queries refuse (a domain exception) reaches the client as the problem+json the API promises: the
 * status, type, title, detail and the field or parameter named.
 */
@QuarkusTest
class DomainProblemsApiTest {

    private static final long NO_SUCH_ARTICLE = 987_654_321L;

    @Test
    void reassessingAnUnknownArticleIsANotFoundProblem() {
        asEditor()
                .when()
                .post("/articles/" + NO_SUCH_ARTICLE + "/positions/reassess")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No article with id " + NO_SUCH_ARTICLE))
                .body("instance", equalTo("/articles/" + NO_SUCH_ARTICLE + "/positions/reassess"));
    }

    @Test
    void deletingAnUnknownArticleIsANotFoundProblem() {
        Api.delete(NO_SUCH_ARTICLE)
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("No article with id " + NO_SUCH_ARTICLE));
    }

    @Test
    void anUnknownSortIsAProblemNamingTheParameter() {
        given().queryParam("sort", "colour")
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void textAndHtmlTogetherIsAProblemNamingTheField() {
        Api.postJson(Map.of("text", "Some text.", "html", "<p>Some text.</p>"))
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("detail", equalTo("html: give either text or html, not both"))
                .body("errors[0].field", equalTo("html"))
                .body("errors[0].message", equalTo("give either text or html, not both"));
    }

    @Test
    void anEmptyBatchIsAProblemAboutTheBody() {
        asEditor()
                .contentType("application/x-ndjson")
                .accept("application/x-ndjson")
                .body("\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles/batch")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("(body)"))
                .body("errors[0].message", equalTo("holds no article: send one JSON object a line"));
    }
}
