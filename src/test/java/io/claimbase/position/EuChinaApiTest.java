package io.claimbase.position;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EU–China triad, shipped as data in questions.yaml, reads the test articles written for it
 * ({@code src/test/resources/eu-china}, our own texts) as a reader would, by author and by holder.
 */
@QuarkusTest
class EuChinaApiTest {

    private static final String QUESTION = "/questions/eu-china-triad";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String text(String name) {
        try (InputStream in = EuChinaApiTest.class.getResourceAsStream("/eu-china/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String postBy(String name, String author) {
        post(article(unique(text(name)), "author", author, "publishedOn", "2026-11-20"))
                .statusCode(201);
        return Names.slugOf(author);
    }

    @Test
    void eachAuthorsPositionIsTheOneAReaderWouldGive() {
        Map<String, String> expected = Map.of(
                "rival", "systemic-rival", "competitor", "competitor", "partner", "partner", "holders", "competitor");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String author = postBy(e.getKey(), Names.unique("Triad Writer"));
            given().queryParam("author", author)
                    .get(QUESTION + "/positions")
                    .then()
                    .statusCode(200)
                    .body("items[0].label", equalTo(e.getValue()));
            given().queryParam("author", author)
                    .get("/questions/china-russia-alignment/positions")
                    .then()
                    .statusCode(200)
                    .body("items", equalTo(List.of()));
        }
    }

    @Test
    void reportedViewsAreListedByHolderNeverAsTheAuthors() {
        String author = Names.unique("Triad Reporter");
        postBy("holders", author);
        JsonPath holders = given().get(QUESTION + "/holders")
                .then()
                .statusCode(200)
                .body("next", equalTo(null))
                .body("items.holder", not(hasItem(author)))
                .extract()
                .jsonPath();

        Map<String, Object> vdl = holder(holders, "Ursula von der Leyen");
        assertEquals("ursula-von-der-leyen", vdl.get("actor"));
        assertEquals("person", vdl.get("kind"));
        assertEquals("systemic-rival", vdl.get("label"));
        assertTrue(quotes(vdl).stream().anyMatch(q -> q.get("source").equals("Ursula von der Leyen")), vdl.toString());

        Map<String, Object> wang = holder(holders, "Wang Yi");
        assertEquals("wang-yi", wang.get("actor"));
        assertEquals("partner", wang.get("label"));

        Map<String, Object> officials = holder(holders, "Chinese officials");
        assertEquals("vague", officials.get("kind"));
        assertEquals("partner", officials.get("label"));

        Map<String, Object> analysts = holder(holders, "analysts");
        assertEquals("vague", analysts.get("kind"));
        assertEquals("competitor", analysts.get("label"));
        Map<String, Object> quote = quotes(analysts).get(0);
        assertTrue(((String) quote.get("quote")).startsWith("Some analysts argue"), quote.toString());
        assertEquals("2026-11-20", ((Map<?, ?>) quote.get("article")).get("publishedOn"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> holder(JsonPath holders, String name) {
        List<Map<String, Object>> items = holders.getList("items");
        Map<String, Object> found = items.stream()
                .filter(h -> name.equals(h.get("holder")))
                .findFirst()
                .orElse(null);
        assertNotNull(found, name + " not among " + holders.getList("items.holder"));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quotes(Map<String, Object> holder) {
        return (List<Map<String, Object>>) holder.get("quotes");
    }
}
