package io.claimbase.author;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.claimbase.article.Slugs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorApiTest {

    @Test
    void anAuthorIsOneRowHoweverManyArticlesTheyWrite() {
        String name = "Mira Kovač " + System.nanoTime();
        post(article(
                        unique("Serbia and the EU resumed accession talks this spring."),
                        "author",
                        name,
                        "affiliation",
                        "Belgrade Centre for Security Policy"))
                .statusCode(201);
        post(article(unique("Serbia bought six Rafale fighters from France in 2024."), "author", name))
                .statusCode(201);
        String slug = Slugs.of(name);

        int id = given().when()
                .get("/authors/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("affiliation", equalTo("Belgrade Centre for Security Policy"))
                .body("articleCount", equalTo(2))
                .body("articles", hasSize(2))
                .extract()
                .path("id");
        given().when().get("/authors/" + id).then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void anUnknownAuthorIsNotFound() {
        given().when()
                .get("/authors/nobody-by-this-name")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void slugsAreAsciiAndHyphenated() {
        org.junit.jupiter.api.Assertions.assertEquals("mira-kovac", Slugs.of("Mira Kovač"));
        org.junit.jupiter.api.Assertions.assertEquals("pavel-k-baev", Slugs.of("Pavel K. Baev"));
    }
}
