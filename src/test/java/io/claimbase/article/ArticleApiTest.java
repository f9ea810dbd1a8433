package io.claimbase.article;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    private static final String TEXT = """
            Ankara and Brussels renew the migration deal

            By Elif Demir

            The European Union agreed on Monday to pay Turkey a further 3 billion euros to host Syrian refugees.
            Officials in Ankara said the money would go to schools and hospitals.
            """;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void postingAnArticleStoresItAndAnswersWithItsLocation() {
        String text = unique(TEXT);
        String location = post(article(
                        text,
                        "title",
                        "EU and Turkey renew migration deal",
                        "author",
                        "Elif Demir",
                        "outlet",
                        "Example Times",
                        "publishedOn",
                        "2024-03-18"))
                .statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("article.title", equalTo("EU and Turkey renew migration deal"))
                .body("article.author.name", equalTo("Elif Demir"))
                .body("article.author.slug", equalTo("elif-demir"))
                .body("article.publishedOn", equalTo("2024-03-18"))
                .body("article.publishedPrecision", equalTo("day"))
                .body("article.wordCount", greaterThan(20))
                .body("body", containsString("3 billion euros"))
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("article.outlet", equalTo("Example Times"))
                .body("body", containsString("Syrian refugees"));
    }

    @Test
    void theAnswerToAPostIsWhatAGetReadsBack() throws java.io.IOException {
        // the answer is built from what the ingest wrote, not read back: it must be the stored article, byte for byte
        // (a seed-length article: many claims, kinds and topics, some with equal counts; a new author; a partial date)
        String text = unique(java.nio.file.Files.readString(java.nio.file.Path.of("seeds/001_012eb7b1b26a4ba8.txt")));
        var posted = post(article(text, "author", "Nadia Okonkwo-" + System.nanoTime(), "publishedOn", "2021-06"))
                .statusCode(201)
                .extract();
        String location = posted.header("Location");
        String read =
                given().when().get(location).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(read, posted.asString());
        org.junit.jupiter.api.Assertions.assertTrue(
                posted.<Integer>path("article.claimCount") > 10, "a seed-length article has many claims");

        // an unsigned text that the reading dates itself, with no author
        var unsigned = post(article(unique(TEXT.replace("By Elif Demir", ""))))
                .statusCode(201)
                .extract();
        String readUnsigned = given().when()
                .get(unsigned.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(readUnsigned, unsigned.asString());
    }

    @Test
    void postingTheSameTextTwiceReturnsTheExistingArticle() {
        String text = unique(TEXT);
        int first = post(article(text)).statusCode(201).extract().path("article.id");
        // the same text re-wrapped, with other line endings, is the same article
        String rewrapped = text.replace("\n", "\r\n  ");
        post(article(rewrapped)).statusCode(200).body("article.id", equalTo(first));
        given().queryParam("q", text.substring(text.indexOf("Reference ") + 10, text.indexOf(" was filed")))
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aPartialPublicationDateKeepsItsPrecision() {
        post(article(unique(TEXT), "publishedOn", "2019-01"))
                .statusCode(201)
                .body("article.publishedOn", equalTo("2019-01"))
                .body("article.publishedPrecision", equalTo("month"));
    }

    @Test
    void listingFiltersByAuthorAndPublicationDate() {
        String author = "Filter Author " + System.nanoTime();
        post(article(unique(TEXT), "author", author, "publishedOn", "2015-06-01"))
                .statusCode(201);
        post(article(unique(TEXT), "author", author, "publishedOn", "2021-06-01"))
                .statusCode(201);
        String slug = Slugs.of(author);

        given().queryParam("author", slug)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.author.slug", everyItem(equalTo(slug)));
        given().queryParam("author", slug)
                .queryParam("publishedAfter", "2015")
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].publishedOn", equalTo("2021-06-01"));
        given().queryParam("author", slug)
                .queryParam("publishedBefore", "2015-06-02")
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].publishedOn", equalTo("2015-06-01"));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        String author = "Paging Author " + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            post(article(unique(TEXT), "author", author)).statusCode(201);
        }
        String slug = Slugs.of(author);
        List<Integer> firstPage = given().queryParam("author", slug)
                .queryParam("limit", 2)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("next", notNullValue())
                .extract()
                .path("items.id");
        String next = given().queryParam("author", slug)
                .queryParam("limit", 2)
                .get("/articles")
                .path("next");
        List<Integer> secondPage = given().queryParam("author", slug)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .path("items.id");
        String third = given().queryParam("author", slug)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/articles")
                .path("next");
        given().queryParam("author", slug)
                .queryParam("limit", 2)
                .queryParam("cursor", third)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("next", nullValue());
        org.junit.jupiter.api.Assertions.assertTrue(firstPage.get(1) < secondPage.get(0), "pages are in id order");
    }

    @Test
    void deletingAnArticleRemovesIt() {
        int id = post(article(unique(TEXT))).statusCode(201).extract().path("article.id");
        Api.delete(id).statusCode(204);
        given().when()
                .get("/articles/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        Api.delete(id).statusCode(404);
    }

    @Test
    void theSeedArticlesAreLoadedWithTheirMetadata() {
        given().queryParam("limit", 200)
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThan(4))
                .body("items.title", hasItem("China and Russia Strengthen Their Relations"));
    }

    @Test
    void aMissingTextIsAProblemNamingTheField() {
        Api.postJson("{\"title\": \"no text\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonIsAProblem() {
        Api.postJson("{\"text\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("detail", startsWith("The request body"));
    }

    @Test
    void aWrongTypeOrUnknownFieldIsAProblemNamingTheField() {
        Api.postJson("{\"text\": \"Some text here.\", \"title\": {\"a\": 1}}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
        Api.postJson("{\"text\": \"Some text here.\", \"titel\": \"x\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("titel"));
    }

    @Test
    void anInvalidDateOrUrlIsAProblemNamingTheField() {
        post(article(unique(TEXT), "publishedOn", "yesterday"))
                .statusCode(400)
                .body("errors[0].field", equalTo("publishedOn"));
        post(article(unique(TEXT), "publishedOn", "2019-13-01"))
                .statusCode(400)
                .body("errors[0].field", equalTo("publishedOn"));
        post(article(unique(TEXT), "url", "javascript:alert(1)"))
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        given().queryParam("limit", 10000)
                .when()
                .get("/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("limit"));
        given().queryParam("publishedAfter", "20x4")
                .when()
                .get("/articles")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("publishedAfter"));
        given().queryParam("autor", "someone")
                .when()
                .get("/articles")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("autor"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y.AAAA")
                .when()
                .get("/articles")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }
}
