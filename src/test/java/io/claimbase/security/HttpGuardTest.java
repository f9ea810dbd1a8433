package io.claimbase.security;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Security headers on every response, CORS only for configured origins, and size limits answered as problems. */
@QuarkusTest
class HttpGuardTest {

    private static final String FRONTEND = "https://frontend.claimbase.test";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/articles").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/q/health/live").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/no-such-thing").then().statusCode(404));
        hasSecurityHeaders(
                given().queryParam("limit", 0).when().get("/authors").then().statusCode(400));
    }

    @Test
    void writesAreNeverCached() {
        Api.post(article(unique("Brazil and Argentina agreed on a joint gas pipeline on Monday.")))
                .statusCode(201)
                .header("Cache-Control", "no-store");
        Api.postJson("{").statusCode(400).header("Cache-Control", "no-store");
    }

    @Test
    void readsAreNotMarkedNoStoreAndHstsIsOffByDefault() {
        given().when()
                .get("/authors")
                .then()
                .statusCode(200)
                .header("Cache-Control", nullValue())
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void aConfiguredFrontendOriginMayCallTheApi() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when()
                .options("/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND);
        given().header("Origin", FRONTEND)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND);
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/articles")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .when()
                .get("/articles")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String huge = "{\"text\": \"" + "a".repeat(1_100_000) + "\"}";
        Api.postJson(huge)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aTextOverTheArticleLimitIsA400NamingTheField() {
        Api.post(article("word ".repeat(40_001) + "."))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aBodyWithTrailingContentIsMalformed() {
        Api.postJson("{\"text\": \"Mali and Niger closed their border on Monday.\"} trailing")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aNulCharacterAnywhereIsA400NamingWhereItIs() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/articles?q=gas%00pipeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("q"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/authors/a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.postJson("{\"text\": \"Mali and Niger closed their border.\", \"title\": \"a\\u0000b\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("must not contain NUL characters"));
    }

    @Test
    void anOverlongQueryStringIsA414Problem() {
        for (int length : new int[] {9_000, 40_000, 120_000}) { // around the former 16 and 64 KiB line limits
            given().queryParam("q", "x".repeat(length))
                    .when()
                    .get("/articles")
                    .then()
                    .statusCode(414)
                    .contentType("application/problem+json")
                    .body("status", equalTo(414));
        }
    }

    /**
     * Over HTTP/2 (a cleartext h2c upgrade, what {@code java.net.http.HttpClient} does by default) the request target
     * travels as the {@code :path} header, so the HTTP/2 header-list limit must not cut it before the guard answers.
     */
    @Test
    void anOverlongQueryStringOverHttp2IsA414ProblemToo() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI target = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/claims?after=" + "x".repeat(40_000));
        for (int i = 0; i < 2; i++) { // twice: the guard closes the connection it rejects on, so the next one is new
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(414, response.statusCode(), response.headers().map().toString());
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.body().contains("\"status\":414"), response.body());
        }
    }

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
    }
}
