package io.claimbase.web;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Api;
import io.claimbase.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request shapes an adversarial run found answered with a 500, a wrong status or no problem body: each is now a
 * problem naming what is at fault, and nothing stored changes.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"/claims", "/claims/facets", "/claims/timeline"})
    void aReversedClaimPeriodIsA400NamingBothParameters(String path) {
        for (String[] range : new String[][] {{"2020", "2014"}, {"2014", "2014"}, {"2014-06-02", "2014-06-01"}}) {
            given().queryParam("after", range[0])
                    .queryParam("before", range[1])
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.parameter", containsInAnyOrder("after", "before"));
        }
        given().queryParam("after", "2014")
                .queryParam("before", "2016")
                .when()
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    void reversedPublicationPeriodsAre400sToo() {
        given().queryParam("publishedAfter", "2021")
                .queryParam("publishedBefore", "2019")
                .when()
                .get("/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.parameter", containsInAnyOrder("publishedAfter", "publishedBefore"));
        given().queryParam("publishedAfter", "2021")
                .queryParam("publishedBefore", "2019")
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().queryParam("publishedAfter", "2021")
                .queryParam("publishedBefore", "2019")
                .when()
                .get("/questions/china-russia-alignment/positions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    /** Java's parsers read {@code ١} (Arabic-Indic one), {@code +1} and {@code 01} as 1: ids have one spelling. */
    @ParameterizedTest
    @ValueSource(strings = {"%D9%A1", "%2B1", "01", "%EF%BC%91", "1.0", "abc", "0", "-1", "99999999999999999999"})
    void anIdNotWrittenInCanonicalAsciiDigitsIsA400(String id) {
        long stored = Api.post(article(unique("Chile and Peru settled a maritime dispute at The Hague.")))
                .statusCode(201)
                .extract()
                .<Integer>path("article.id");
        for (String path : List.of(
                "/articles/" + id, "/articles/" + id + "/claims", "/articles/" + id + "/positions", "/claims/" + id)) {
            given().urlEncodingEnabled(false)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].parameter", equalTo("id"));
        }
        Api.asAdmin()
                .urlEncodingEnabled(false)
                .when()
                .delete("/articles/" + id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Api.asEditor()
                .urlEncodingEnabled(false)
                .when()
                .post("/articles/" + id + "/extraction")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().urlEncodingEnabled(false)
                .queryParam("article", id)
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("article"));
        given().when().get("/articles/" + stored).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "%2B5", "05", "%D9%A5", "5.0", "0", "201", "%205"})
    void aLimitThatIsNotACanonicalIntegerInRangeIsA400Everywhere(String limit) {
        for (String path : List.of(
                "/articles",
                "/authors",
                "/claims",
                "/claims/contrasts?topic=trade&",
                "/questions/china-russia-alignment/positions",
                "/articles/1/claims")) {
            String url = path + (path.endsWith("&") ? "" : "?") + "limit=" + limit;
            given().urlEncodingEnabled(false)
                    .when()
                    .get(url)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].parameter", equalTo("limit"));
        }
    }

    @Test
    void aConfidenceThatIsNotAPlainDecimalIsA400() {
        for (String value : List.of("abc", "NaN", "Infinity", "0x1p-1", "5e-1", "+0.5", "1.5")) {
            given().queryParam("minConfidence", value)
                    .when()
                    .get("/questions/china-russia-alignment/positions")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].parameter", equalTo("minConfidence"));
        }
        given().queryParam("minConfidence", "0.5")
                .when()
                .get("/questions/china-russia-alignment/positions")
                .then()
                .statusCode(200);
    }

    /** Sent over a raw socket: HTTP clients refuse to build such a target at all. */
    @Test
    void aMalformedPercentEscapeIsA400Problem() throws IOException {
        for (String target : List.of("/articles/%zz", "/claims?q=%zz", "/articles?q=%", "/authors/%E0%")) {
            String response =
                    rawExchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), target + " -> " + response);
            assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: " + PROBLEM), response);
            assertTrue(response.contains("\"status\":400"), response);
        }
    }

    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        given().header("X-Padding", "a".repeat(30_000))
                .when()
                .get("/articles")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("status", equalTo(431));
        // a bearer token carrying a 100 KB claim
        given().header("Authorization", "Bearer " + "b".repeat(136_000))
                .when()
                .get("/articles")
                .then()
                .statusCode(431)
                .contentType(PROBLEM);
        given().header("X-Padding", "a".repeat(10_000))
                .when()
                .get("/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void aRefusedOriginGetsAProblemNamingTheSetting() {
        given().header("Origin", "https://evil.example")
                .when()
                .get("/articles")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("QUARKUS_HTTP_CORS_ORIGINS"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/articles")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().header("Origin", "https://frontend.claimbase.test")
                .when()
                .get("/articles")
                .then()
                .statusCode(200);
        given().header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .when()
                .get("/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void aFieldGivenTwiceIsA400NamingIt() {
        Api.postJson("{\"text\": \"Ghana and Togo opened a new border crossing.\", \"title\": \"a\", \"title\": \"b\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void aScalarOfTheWrongTypeIsA400NamingTheField() {
        Api.postJson("{\"text\": \"Ghana and Togo opened a new border crossing.\", \"title\": 5}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"));
        Api.postJson("{\"text\": \"Ghana and Togo opened a new border crossing.\", \"author\": true}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("author"));
        Api.postJson("{\"text\": 42}").statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("text"));
    }

    @Test
    void aLoneSurrogateIsA400NamingTheField() {
        for (String escape : List.of("\\ud800", "\\udc00", "x\\ud83dy")) {
            Api.postJson("{\"text\": \"Ghana and Togo opened a new border crossing.\", \"title\": \"a" + escape + "\"}")
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("title"));
        }
        // a proper pair (an emoji) is fine
        Api.post(article(unique("Ghana and Togo opened a new border crossing."), "title", "Border \ud83d\ude80"))
                .statusCode(201)
                .body("article.title", equalTo("Border \ud83d\ude80"));
    }

    @Test
    void concurrentReextractionsOfOneArticleAreSerialised() throws Exception {
        long id = Api.post(article(unique("""
                Kenya and Ethiopia signed a power purchase agreement in Nairobi on Friday.
                The deal doubles the electricity Ethiopia sells across the border by 2027.
                Officials said the line could later carry power to Tanzania.
                """))).statusCode(201).extract().<Integer>path("article.id");
        int claims = given().get("/articles/" + id).path("extraction.claims");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> call = () -> Api.reextract(id).extract().statusCode();
                statuses.add(pool.submit(call));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        given().get("/articles/" + id).then().statusCode(200).body("extraction.claims", equalTo(claims));
        given().get("/articles/" + id + "/claims").then().statusCode(200).body("items.size()", equalTo(claims));
    }

    /** {@code %test.claimbase.security.body-timeout} is 3 s: a body still incomplete then gets a 408 problem. */
    @Test
    void aBodyThatNeverFinishesArrivingIsA408AndTheConnectionCloses() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: " + Tokens.bearer(Tokens.editor()) + "\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"text\": \"Ghana")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String response = readAll(socket.getInputStream());
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(response.contains(PROBLEM), response);
            assertTrue(seconds < 15, "answered after " + seconds + " s");
        }
    }

    /** {@code %test.quarkus.http.idle-timeout} is 5 s: a connection that sends nothing is closed. */
    @Test
    void aConnectionThatSendsNothingIsClosed() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            long started = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(seconds < 20, "closed after " + seconds + " s");
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
