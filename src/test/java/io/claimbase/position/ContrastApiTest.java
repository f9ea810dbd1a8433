package io.claimbase.position;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContrastApiTest {

    private static final List<String> PAIR = List.of("china", "russia");

    @Inject
    Pool pool;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private int newArticle(String author) {
        return post(article(unique("Notes on China and Russia."), "author", author))
                .statusCode(201)
                .extract()
                .path("article.id");
    }

    private static String author() {
        return Names.unique("Contrast Author");
    }

    @Test
    void opposingClaimsOfTwoAuthorsOnTheSameTopicArePairedWithBothQuotes() {
        String baev = author();
        int first = newArticle(baev);
        int second = newArticle(author());
        long down = StoredClaims.add(
                pool,
                first,
                "The volume of trade between Moscow and Beijing went sharply down.",
                List.of("trade"),
                PAIR);
        long sameAuthorUp =
                StoredClaims.add(pool, first, "Later, trade with China grew again.", List.of("trade"), PAIR);
        long up = StoredClaims.add(
                pool, second, "Bilateral trade between the two countries is up 25 percent.", List.of("trade"), PAIR);
        long otherSubject =
                StoredClaims.add(pool, second, "Their political ties have grown warmer.", List.of("trade"), PAIR);

        List<Map<String, Object>> pairs = ContrastPages.first("trade", 200);
        // the seed articles may pair with these claims too; among these four, exactly one pair is a contrast
        List<Long> these = List.of(down, sameAuthorUp, up, otherSubject);
        List<Map<String, Object>> mine = pairs.stream()
                .filter(p -> these.containsAll(ContrastPages.ids(p)))
                .toList();

        assertEquals(1, mine.size(), () -> "pairs: " + mine);
        Map<String, Object> pair = mine.get(0);
        assertEquals(List.of(up, down), ContrastPages.ids(pair));
        assertEquals("trade", pair.get("subject"));
        assertTrue(((Map<?, ?>) pair.get("down")).get("quote").toString().contains("went sharply down"));
        assertEquals("up", ((Map<?, ?>) pair.get("up")).get("cue"));
        assertEquals(baev, ((Map<?, ?>) ((Map<?, ?>) pair.get("down")).get("author")).get("name"));
    }

    @Test
    void aParentTopicFindsClaimsOnItsChildren() {
        int first = newArticle(author());
        int second = newArticle(author());
        long down = StoredClaims.add(
                pool, first, "Gas supplies from Russia to China fell last winter.", List.of("energy.gas"), PAIR);
        long up = StoredClaims.add(
                pool, second, "Russian gas supplies to China rose last winter.", List.of("energy.gas"), PAIR);
        List<Map<String, Object>> pairs = ContrastPages.first("energy", 200);
        assertTrue(
                pairs.stream().anyMatch(p -> ContrastPages.ids(p).equals(List.of(up, down))), () -> "pairs: " + pairs);
    }

    /**
     * Claims written behind the service's back (a bulk load) are read before the next contrast query, and a reading
     * of at least a batch analyses the readings table in its transaction: with the statistics of an empty table the
     * pairing query sorted every candidate pair of the topic instead of walking the ups in claim order.
     */
    @Test
    void aBulkLoadIsReadBeforeTheNextContrastQueryWithFreshStatistics() {
        int first = newArticle(author());
        int second = newArticle(author());
        String topic = "bulk" + Names.unique("").replaceAll("[^a-z]", "");
        OffsetDateTime before = lastAnalyze();
        StoredClaims.many(pool, first, "Trade between the two countries grew by a tenth last year.", topic, 800);
        StoredClaims.many(pool, second, "Trade between the two countries fell by a tenth last year.", topic, 800);
        List<Map<String, Object>> pairs = ContrastPages.first(topic, 10);
        assertTrue(
                pairs.stream()
                        .anyMatch(p -> ((Map<?, ?>) p.get("up"))
                                .get("quote")
                                .toString()
                                .contains("grew by a tenth")),
                () -> "pairs: " + pairs);
        OffsetDateTime after = lastAnalyze();
        assertTrue(after != null && (before == null || after.isAfter(before)), () -> before + " -> " + after);
    }

    private OffsetDateTime lastAnalyze() {
        return pool.query("select last_analyze from pg_stat_user_tables where relname = 'claim_direction'")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(30))
                .iterator()
                .next()
                .getOffsetDateTime(0);
    }

    @Test
    void theTopicIsRequiredAndMustBeATopicId() {
        given().when()
                .get("/claims/contrasts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("topic"));
        given().queryParam("topic", "Trade; drop table")
                .when()
                .get("/claims/contrasts")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("topic"));
    }
}
