package io.claimbase.article;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.claimbase.extract.Extractor;
import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReextractionApiTest {

    private static final String TEXT = """
            India and the United States signed a ten-year defence framework in New Delhi on Tuesday.
            The agreement covers joint production of jet engines and the sharing of maritime intelligence.
            Analysts said the deal could deepen cooperation, but New Delhi will keep buying Russian arms.
            """;

    @Inject
    Pool pool;

    @Test
    void reextractingAnArticleReplacesItsClaimsWithTheCurrentExtractorsOnes() {
        int id = post(article(unique(TEXT), "publishedOn", "2025-10-28"))
                .statusCode(201)
                .extract()
                .path("article.id");
        int claims = given().get("/articles/" + id).path("extraction.claims");

        Api.reextract(id)
                .statusCode(200)
                .body("articleId", equalTo(id))
                .body("claimsBefore", equalTo(claims))
                .body("claimsAfter", equalTo(claims))
                .body("extractorVersion", equalTo(Extractor.VERSION));
        given().get("/articles/" + id)
                .then()
                .statusCode(200)
                .body("extraction.claims", equalTo(claims))
                .body("article.extractorVersion", equalTo(Extractor.VERSION));
    }

    @Test
    void reextractingAnUnknownArticleIsNotFound() {
        Api.reextract(987654321).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theAdminRunReextractsOnlyArticlesReadByAnotherVersion() {
        int id = post(article(unique(TEXT))).statusCode(201).extract().path("article.id");
        // an article stored by an older extractor (simulated: that version of the code no longer exists)
        pool.preparedQuery("update article set extractor_version = '0.0.1-old' where id = $1")
                .execute(Tuple.of((long) id))
                .await()
                .atMost(Duration.ofSeconds(10));

        Api.reextractOutdated()
                .statusCode(200)
                .body("extractorVersion", equalTo(Extractor.VERSION))
                .body("articles.articleId", hasItem(id));
        given().get("/articles/" + id).then().body("article.extractorVersion", equalTo(Extractor.VERSION));
        Api.reextractOutdated().statusCode(200).body("articles.articleId", not(hasItem(id)));
    }
}
