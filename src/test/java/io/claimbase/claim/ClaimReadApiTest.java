package io.claimbase.claim;

import static io.claimbase.claim.SqlClaimFixture.claim;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GET /claims/{id} and GET /articles/{id}/claims: every field of a claim, as stored. */
@QuarkusTest
class ClaimReadApiTest extends ClaimApiTestBase {

    @Test
    void aClaimShowsEveryFieldItWasStoredWith() {
        var author = db.author("Nadia Volkova");
        long article = db.article(author, "Gas pipelines east", LocalDate.of(2019, 5, 14));
        String text = "In 2014 Gazprom and CNPC signed a $400 billion deal, Putin said.";
        long id = db.claim(
                article,
                claim(3, text)
                        .span(812)
                        .quote("pipelines. ", " The deal")
                        .kind("fact")
                        .certainty("hedged")
                        .reportedFrom("Vladimir Putin")
                        .topics("energy.gas", "finance")
                        .event("deal")
                        .actors("gazprom", "cnpc")
                        .time("In 2014", "2014-01-01", "2014-12-31", "year")
                        .figure("money", "$400 billion", new BigDecimal("400000000000"), null, "USD", 846, 858)
                        .confidence(0.75));

        given().when()
                .get("/claims/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("text", equalTo(text))
                .body("ordinal", equalTo(3))
                .body("span.start", equalTo(812))
                .body("span.end", equalTo(812 + text.length()))
                .body("quote.exact", equalTo(text))
                .body("quote.prefix", equalTo("pipelines. "))
                .body("quote.suffix", equalTo(" The deal"))
                .body("kind", equalTo("fact"))
                .body("attribution.type", equalTo("reported"))
                .body("attribution.source", equalTo("Vladimir Putin"))
                .body("certainty", equalTo("hedged"))
                .body("topics", contains("energy.gas", "finance"))
                .body("eventType", equalTo("deal"))
                .body("actors", contains("gazprom", "cnpc"))
                .body("time.text", equalTo("In 2014"))
                .body("time.start", equalTo("2014-01-01"))
                .body("time.end", equalTo("2014-12-31"))
                .body("time.precision", equalTo("year"))
                .body("time.resolved", equalTo(true))
                .body("figures", hasSize(1))
                .body("figures[0].kind", equalTo("money"))
                .body("figures[0].text", equalTo("$400 billion"))
                .body("figures[0].value", equalTo(400000000000L))
                .body("figures[0].currency", equalTo("USD"))
                .body("figures[0].unit", nullValue())
                .body("figures[0].span.start", equalTo(846))
                .body("figures[0].span.end", equalTo(858))
                .body("confidence", equalTo(0.75f))
                .body("article.id", equalTo((int) article))
                .body("article.title", equalTo("Gas pipelines east"))
                .body("article.publishedOn", equalTo("2019-05-14"))
                .body("author.id", equalTo((int) author.id()))
                .body("author.name", equalTo(author.name()))
                .body("author.slug", equalTo(author.slug()))
                .body("containsKey('snippet')", equalTo(false));
    }

    @Test
    void anAuthorsOwnClaimWithoutTimeOrFiguresHasNullTimeAndEmptyLists() {
        long article = db.article(null, "Unsigned editorial", null);
        long id = db.claim(article, claim(0, "Cooperation will deepen.").kind("prediction"));

        given().when()
                .get("/claims/" + id)
                .then()
                .statusCode(200)
                .body("attribution.type", equalTo("author"))
                .body("attribution.source", nullValue())
                .body("author", nullValue())
                .body("article.publishedOn", nullValue())
                .body("time", nullValue())
                .body("eventType", nullValue())
                .body("topics", empty())
                .body("actors", empty())
                .body("figures", empty());
    }

    @Test
    void aPeriodInferredFromAnEarlierSentenceSaysWhereFrom() {
        long id = io.claimbase.support.Api.post(io.claimbase.support.Api.article(io.claimbase.support.Api.unique(
                        "In March 2019 Chile and Argentina signed a gas transit agreement. "
                                + "That agreement doubled the volumes crossing the Andes.")))
                .statusCode(201)
                .extract()
                .<Integer>path("article.id");
        given().when()
                .get("/articles/" + id + "/claims")
                .then()
                .statusCode(200)
                .body("items[0].time.start", equalTo("2019-03-01"))
                .body("items[0].time.inferredFrom", nullValue())
                .body("items[1].time.start", equalTo("2019-03-01"))
                .body("items[1].time.end", equalTo("2019-03-31"))
                .body("items[1].time.text", equalTo("that agreement"))
                .body("items[1].time.inferredFrom", equalTo("In March 2019"));
    }

    @Test
    void anUnresolvedTimeKeepsItsTextOnly() {
        long article = db.article(null, "Undated", null);
        long id = db.claim(article, claim(0, "Trade grew last month.").unresolvedTime("last month"));

        given().when()
                .get("/claims/" + id)
                .then()
                .statusCode(200)
                .body("time.text", equalTo("last month"))
                .body("time.start", nullValue())
                .body("time.resolved", equalTo(false));
    }

    @Test
    void theClaimsOfAnArticleComeInReadingOrderPageByPage() {
        long article = db.article(null, "Three claims", LocalDate.of(2020, 1, 2));
        db.claim(article, claim(2, "Third."));
        db.claim(article, claim(0, "First."));
        db.claim(article, claim(1, "Second."));

        String next = given().queryParam("limit", 2)
                .when()
                .get("/articles/" + article + "/claims")
                .then()
                .statusCode(200)
                .body("items.text", contains("First.", "Second."))
                .body("items.ordinal", contains(0, 1))
                .extract()
                .path("next");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .when()
                .get("/articles/" + article + "/claims")
                .then()
                .statusCode(200)
                .body("items.text", contains("Third."))
                .body("next", nullValue());
    }

    @Test
    void anArticleWithoutClaimsHasAnEmptyList() {
        long article = db.article(null, "Nothing asserted", null);
        given().when()
                .get("/articles/" + article + "/claims")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", nullValue());
    }

    @Test
    void unknownClaimsAndArticlesAreNotFoundAndNonIdsAreBadRequests() {
        given().when()
                .get("/claims/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No claim with id 999999999"));
        given().when()
                .get("/claims/not-a-number")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("id"));
        given().when()
                .get("/articles/999999999/claims")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No article with id 999999999"));
    }

    @Test
    void filteredClaimQueriesArePlannedForTheirValuesAndLookupsByIdOnce() {
        // a cached generic plan ignores how skewed topics, events and periods are (db.PlannedStatements)
        ClaimFilterParams params = new ClaimFilterParams();
        params.topic = java.util.List.of("energy");
        params.event = java.util.List.of("deal");
        ClaimFilter filter = params.toFilter(
                new io.claimbase.domain.SyntacticClaimVocabulary(), new io.claimbase.domain.IdentityActorResolver());
        var page = ClaimSql.page(filter, ClaimSort.READING_ORDER, null, 51);
        var byId = ClaimSql.byId(1);
        var prepared = pool.withConnection(connection -> io.smallrye.mutiny.Multi.createFrom()
                        .range(0, 7)
                        .onItem()
                        .transformToUniAndConcatenate(i -> connection
                                .preparedQuery(page.sql())
                                .execute(page.params())
                                .chain(() ->
                                        connection.preparedQuery(byId.sql()).execute(byId.params())))
                        .collect()
                        .last()
                        .chain(() -> connection
                                .query("select statement, generic_plans, custom_plans from pg_prepared_statements")
                                .execute()))
                .await()
                .atMost(java.time.Duration.ofSeconds(10));
        java.util.Map<String, Long> genericPlans = new java.util.HashMap<>();
        prepared.forEach(row -> genericPlans.put(row.getString("statement"), row.getLong("generic_plans")));
        org.hamcrest.MatcherAssert.assertThat(
                "the filtered page is not kept prepared", genericPlans.keySet(), not(hasItem(page.sql())));
        org.hamcrest.MatcherAssert.assertThat(
                "the lookup by id is kept prepared and planned once", genericPlans.get(byId.sql()), greaterThan(0L));
    }
}
