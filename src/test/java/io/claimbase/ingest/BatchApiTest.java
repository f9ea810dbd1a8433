package io.claimbase.ingest;

import static io.claimbase.support.Api.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /articles/batch: NDJSON in, one result a line back, in order; a bad line fails alone. */
@QuarkusTest
class BatchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String article(String sentence) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "text",
                    sentence + " Reference " + UUID.randomUUID() + " was filed today.",
                    "outlet",
                    "Batch Wire"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse send(String body) {
        return asEditor()
                .contentType("application/x-ndjson")
                .accept("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles/batch")
                .then();
    }

    private static List<JsonNode> results(String body) {
        String answer = send(body)
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<JsonNode> results = new ArrayList<>();
        for (String line : answer.split("\n")) {
            if (!line.isBlank()) {
                try {
                    results.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return results;
    }

    private static List<String> statuses(List<JsonNode> results) {
        return results.stream()
                .map(r -> r.get("line").asLong() + ":" + r.get("status").asText())
                .toList();
    }

    @Test
    void everyGoodLineIsStoredAndEveryLineIsAnsweredInOrder() {
        String first = article("Norway and Russia agreed on Monday to extend their fishing quotas, officials said.");
        String body = String.join(
                "\n",
                first,
                "{\"text\": \"Turkey and Greece resumed talks\", ",
                "{\"html\": \"<html><body><nav>Home</nav><article><p>Japan and South Korea agreed to restore a currency"
                        + " swap line worth 10 billion dollars. Ref " + UUID.randomUUID()
                        + ".</p></article></body></html>\"}",
                "{\"text\": \"Russia signed a deal.\", \"colour\": \"red\"}",
                "",
                first,
                "{\"text\": \"Russia signed a deal.\", \"html\": \"<p>Russia signed a deal.</p>\"}",
                "{\"text\": \"Russia signed a deal.\", \"publishedOn\": \"yesterday\"}",
                "[1, 2]",
                article("India and the United States signed a defence framework in New Delhi on Tuesday."));

        List<JsonNode> results = results(body + "\n");

        assertEquals(
                List.of(
                        "1:created",
                        "2:invalid",
                        "3:created",
                        "4:invalid",
                        "6:existing",
                        "7:invalid",
                        "8:invalid",
                        "9:invalid",
                        "10:created"),
                statuses(results));
        long firstId = results.get(0).get("article").get("id").asLong();
        assertEquals(firstId, results.get(4).get("article").get("id").asLong(), "the same text is one article");
        assertEquals(
                results.get(0).get("article").get("claimCount"),
                results.get(4).get("article").get("claimCount"));
        assertEquals(
                "/problems/malformed-json",
                results.get(1).get("problem").get("type").asText());
        assertEquals("colour", results.get(3).at("/problem/errors/0/field").asText());
        assertEquals("html", results.get(5).at("/problem/errors/0/field").asText());
        assertEquals("publishedOn", results.get(6).at("/problem/errors/0/field").asText());
        assertEquals(400, results.get(7).at("/problem/status").asInt());
        for (JsonNode created : List.of(results.get(0), results.get(2), results.get(8))) {
            long id = created.get("article").get("id").asLong();
            given().get("/articles/" + id)
                    .then()
                    .statusCode(200)
                    .body(
                            "extraction.claims",
                            equalTo(created.get("article").get("claimCount").asInt()));
        }
        given().get("/articles/" + firstId).then().body("article.outlet", equalTo("Batch Wire"));
    }

    @Test
    void sendingTheSameBatchAgainStoresNothingNew() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            body.append(article("China and Russia held a naval exercise in the Sea of Japan, number " + i + "."))
                    .append('\n');
        }

        List<JsonNode> first = results(body.toString());
        List<JsonNode> again = results(body.toString());

        assertEquals(9, first.size());
        assertTrue(first.stream().allMatch(r -> r.get("status").asText().equals("created")), first::toString);
        assertTrue(again.stream().allMatch(r -> r.get("status").asText().equals("existing")), again::toString);
        for (int i = 0; i < 9; i++) {
            assertEquals(first.get(i).get("article"), again.get(i).get("article"));
            assertEquals(i + 1, again.get(i).get("line").asInt());
        }
    }

    @Test
    void aBatchLargerThanOneRequestBodyIsReadAndALineTooLongFailsAlone() {
        String tooLong = "{\"text\": \"" + "Russia and China signed a deal. ".repeat(40_000) + "\"}";
        String good = article("Qatar and Germany signed a fifteen-year contract for liquefied natural gas.");
        String body = article("Brazil and Argentina agreed to build a gas pipeline from Vaca Muerta.") + "\n" + tooLong
                + "\n" + good + "\n";
        assertTrue(body.length() > 1024 * 1024, "more than the 1 MiB limit of one request body");

        List<JsonNode> results = results(body);

        assertEquals(List.of("1:created", "2:invalid", "3:created"), statuses(results));
        assertEquals("(line)", results.get(1).at("/problem/errors/0/field").asText());
    }

    @Test
    void aBatchDeclaredLargerThanTheBatchLimitIsRefused() {
        String body = "{\"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}\n";

        send(body).statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aBatchNeedsAnEditor() {
        given().contentType("application/x-ndjson")
                .body((article("Russia signed a deal.") + "\n").getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles/batch")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aBatchWithoutALineIsAProblem() {
        send("\n\n").statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("(body)"));
    }
}
