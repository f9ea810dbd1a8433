package io.claimbase.position;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aggregate reads work one page at a time: contrasts are found however many claims the topic has (the service
 * used to read only the newest 5,000), author rows carry a bounded number of stances while their overall stance still
 * counts every article, and keyset pages walk the same rows as one big page.
 */
@QuarkusTest
class AggregatePagingApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUESTION = "/questions/china-russia-alignment/positions";

    @Inject
    Pool pool;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String topic() {
        StringBuilder topic = new StringBuilder("trade.");
        for (int i = 0; i < 12; i++) {
            topic.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return topic.toString();
    }

    private int newArticle(String author) {
        return post(article(unique("Notes on China and Russia."), "author", author))
                .statusCode(201)
                .extract()
                .path("article.id");
    }

    @Test
    void anOldContrastIsFoundHoweverManyNewerClaimsTheTopicHas() {
        String topic = topic();
        int first = newArticle(Names.unique("Paging Author"));
        int second = newArticle(Names.unique("Paging Author"));
        long down = StoredClaims.add(
                pool,
                first,
                "Trade between Moscow and Beijing fell sharply.",
                List.of(topic),
                List.of("china", "russia"));
        long up = StoredClaims.add(
                pool,
                second,
                "Bilateral trade between the two countries is up 25 percent.",
                List.of(topic),
                List.of("china", "russia"));
        StoredClaims.many(pool, second, "Officials of both countries met again.", topic, 5500);

        List<Map<String, Object>> pairs = ContrastPages.first(topic);
        assertEquals(1, pairs.size(), () -> "pairs: " + pairs);
        assertEquals(List.of(up, down), ContrastPages.ids(pairs.get(0)));
    }

    @Test
    void contrastPagesWalkTheSamePairsAsOnePageWithDatedPairsFirst() {
        String topic = topic();
        int first = newArticle(Names.unique("Paging Author"));
        int second = newArticle(Names.unique("Paging Author"));
        List<String> actors = List.of("china", "russia");
        for (int i = 0; i < 3; i++) {
            StoredClaims.add(pool, first, "Trade between Moscow and Beijing fell sharply.", List.of(topic), actors);
            StoredClaims.add(
                    pool, second, "Bilateral trade between the two countries rose again.", List.of(topic), actors);
        }
        long datedUp = StoredClaims.add(pool, second, "Trade grew in 2019.", List.of(topic), actors);
        long datedDown = StoredClaims.add(pool, first, "Trade fell in 2019.", List.of(topic), actors);
        pool.preparedQuery("update claim set time_start = '2019-01-01', time_end = '2019-12-31' where id = any($1)")
                .execute(Tuple.of(new Long[] {datedUp, datedDown}))
                .await()
                .atMost(WAIT);

        List<List<Long>> all = new ArrayList<>();
        ContrastPages.first(topic, 200).forEach(p -> all.add(ContrastPages.ids(p)));
        // 4 ups x 4 downs of two writers; the dated pair first
        assertEquals(16, all.size(), () -> "pairs: " + all);
        assertEquals(List.of(datedUp, datedDown), all.get(0));

        List<List<Long>> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("topic", topic).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when()
                    .get("/claims/contrasts")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(lessThanOrEqualTo(3)))
                    .extract();
            page.<List<Map<String, Object>>>path("items").forEach(p -> walked.add(ContrastPages.ids(p)));
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(all, walked);
    }

    @Test
    void anAuthorsRowListsTheLatestFiftyStancesButCountsEveryArticle() {
        String author = Names.unique("Prolific Author");
        int latest = newArticle(author);
        pool.preparedQuery("""
                with made as (
                    insert into article (title, author_id, published_on, published_precision, body, raw_body,
                                         content_hash, word_count, extractor_version)
                    select 'Older piece ' || g, a.author_id, date '2001-01-01' + g, 'day', 'body', 'body',
                           encode(sha256(convert_to(a.id || '-older-' || g, 'UTF8')), 'hex'), 1, 'test'
                    from article a, generate_series(1, 59) g where a.id = $1
                    returning id, author_id)
                insert into position (question_id, article_id, author_id, label, score, trend, confidence)
                select q.id, m.id, m.author_id, 'rivalry', 0, 'weakening', 0.5
                from made m, question q where q.slug = 'china-russia-alignment'""").execute(Tuple.of(latest)).await().atMost(WAIT);
        pool.preparedQuery("""
                update article set published_on = '2026-01-01', published_precision = 'day' where id = $1""").execute(Tuple.of(latest)).await().atMost(WAIT);
        pool.preparedQuery("""
                insert into position (question_id, article_id, author_id, label, score, trend, confidence)
                select q.id, a.id, a.author_id, 'alliance', 4, 'strengthening', 0.5
                from article a, question q where a.id = $1 and q.slug = 'china-russia-alignment'
                on conflict (question_id, article_id) do update set label = 'alliance', score = 4, confidence = 0.5,
                    trend = 'strengthening'""").execute(Tuple.of(latest)).await().atMost(WAIT);

        given().queryParam("author", Names.slugOf(author))
                .when()
                .get(QUESTION)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].articles", hasSize(50))
                .body("items[0].latest.article.id", equalTo(latest))
                .body("items[0].articles[0].article.id", equalTo(latest))
                .body("items[0].articles[1].article.title", equalTo("Older piece 59"))
                // 59 articles at 0 and one at 4, all weighing 0.5: 4/60 = 0.07, nearest rivalry, 59/60 agree
                .body("items[0].score", equalTo(0.1f))
                .body("items[0].label", equalTo("rivalry"))
                .body("items[0].confidence", equalTo(0.49f))
                .body("items[0].trend", equalTo("weakening"));
        given().when()
                .get("/authors/" + Names.slugOf(author) + "/positions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].articles", hasSize(50))
                .body("items[0].score", equalTo(0.1f));
    }

    @Test
    void authorRowPagesWalkTheSameRowsAsOnePage() {
        for (int i = 0; i < 3; i++) {
            newArticle(Names.unique("Paging Author"));
        }
        List<Object> all = given().queryParam("limit", 200)
                .when()
                .get(QUESTION)
                .then()
                .statusCode(200)
                .extract()
                .path("items.latest.article.id");
        List<Object> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(QUESTION).then().statusCode(200).extract();
            walked.addAll(page.path("items.latest.article.id"));
            cursor = page.path("next");
        } while (cursor != null && walked.size() < all.size() + 10);
        // other tests may add rows meanwhile: every row of the big page is walked once, in the same order
        List<Object> common = walked.stream().filter(all::contains).toList();
        assertEquals(all, common);
        assertEquals(walked.stream().distinct().count(), walked.size(), () -> "a row twice: " + walked);
        assertTrue(all.size() >= 1);
    }
}
