package io.claimbase.ingest;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.asEditor;
import static io.claimbase.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /articles with a web page: as text/html and as the JSON field html (pages in src/test/resources/html). */
@QuarkusTest
class HtmlIngestApiTest {

    private static final String OSLO = "officials in Oslo said.";

    @Inject
    Pool pool;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static byte[] page(String name) {
        try (InputStream in = HtmlIngestApiTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(page(name), StandardCharsets.UTF_8);
    }

    /** The news page and its clean text, both with a sentence of their own so no other test posts them. */
    private static String[] newsPageAndText() {
        String marker = OSLO + " Reference " + UUID.randomUUID() + " was filed today.";
        return new String[] {
            text("news.html").replace(OSLO, marker), text("news.txt").replace(OSLO, marker)
        };
    }

    private static ValidatableHtml postPage(String page) {
        return new ValidatableHtml(page);
    }

    /** A text/html POST, as an editor. */
    private record ValidatableHtml(String page) {
        io.restassured.response.ValidatableResponse as(String contentType) {
            return asEditor()
                    .contentType(contentType)
                    .body(page.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/articles")
                    .then();
        }
    }

    /** The article's claims as the API shows them, without what names the article. */
    private static List<Map<String, Object>> claims(int articleId) {
        List<Map<String, Object>> items = given().get("/articles/" + articleId + "/claims?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .map(item -> {
                    Map<String, Object> copy = new HashMap<>(item);
                    copy.remove("id");
                    copy.remove("article");
                    return copy;
                })
                .toList();
    }

    @Test
    void aPagesHtmlGivesTheSameClaimsAsItsCleanText() {
        String[] pageAndText = newsPageAndText();
        // the clean text with the metadata the page states (the author attributes claims, the date resolves times)
        int fromText = post(article(
                        pageAndText[1],
                        "author",
                        "Ingrid Halvorsen",
                        "publishedOn",
                        "2024-03-05",
                        "title",
                        "Norway and Russia extend Barents Sea fishing deal",
                        "outlet",
                        "Northern Wire"))
                .statusCode(201)
                .extract()
                .path("article.id");
        List<Map<String, Object>> textClaims = claims(fromText);
        Api.delete(fromText).statusCode(204);

        int fromPage =
                post(Map.of("html", pageAndText[0])).statusCode(201).extract().path("article.id");

        List<Map<String, Object>> pageClaims = claims(fromPage);
        assertFalse(textClaims.isEmpty());
        assertEquals(textClaims, pageClaims);
    }

    @Test
    void aPageWhoseTextIsStoredIsThatArticle() {
        String[] pageAndText = newsPageAndText();
        int fromText = post(article(pageAndText[1])).statusCode(201).extract().path("article.id");

        postPage(pageAndText[0]).as("text/html").statusCode(200).body("article.id", equalTo(fromText));
    }

    @Test
    void aPagePostedAsTextHtmlIsReadWithTheMetadataItStates() {
        String[] pageAndText = newsPageAndText();

        int id = postPage(pageAndText[0])
                .as("text/html; charset=utf-8")
                .statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("article.title", equalTo("Norway and Russia extend Barents Sea fishing deal"))
                .body("article.author.name", equalTo("Ingrid Halvorsen"))
                .body("article.outlet", equalTo("Northern Wire"))
                .body("article.publishedOn", equalTo("2024-03-05"))
                .body("article.url", equalTo("https://northernwire.example/2024/03/05/barents-fishing"))
                .body("extraction.claims", greaterThan(0))
                .extract()
                .path("article.id");

        given().get("/articles/" + id + "/claims?limit=200")
                .then()
                .body("items.text", everyItem(not(containsString("Advertisement"))))
                .body("items.text", everyItem(not(containsString("Cod prices"))))
                .body("items.text", everyItem(not(containsString("Fish do not know borders"))));
    }

    @Test
    void aBlogPagesCommentsGiveNoClaimsAndTheUrlParameterNamesThePage() {
        String page = text("blog.html").replace("last week.", "last week. Reference " + UUID.randomUUID() + ".");

        int id = asEditor()
                .contentType("text/html")
                .queryParam("url", "https://steppe.example/caspian")
                .body(page)
                .when()
                .post("/articles")
                .then()
                .statusCode(201)
                .body("article.author.name", equalTo("Daniyar Seitkali"))
                .body("article.outlet", equalTo("Steppe Notes"))
                .body("article.publishedOn", equalTo("2023-11-20"))
                .body("article.url", equalTo("https://steppe.example/caspian"))
                .extract()
                .path("article.id");

        given().get("/articles/" + id + "/claims?limit=200")
                .then()
                .body("items.text", everyItem(not(containsString("blockade"))))
                .body("items.text", everyItem(not(containsString("China will pay"))));
    }

    @Test
    void givenMetadataWinsOverWhatThePageStates() {
        String page = text("thinktank.html").replace("in August,", "in August " + UUID.randomUUID() + ",");

        post(Map.of("html", page, "title", "Given title", "author", "Given Author", "publishedOn", "2022-10"))
                .statusCode(201)
                .body("article.title", equalTo("Given title"))
                .body("article.author.name", equalTo("Given Author"))
                .body("article.publishedOn", equalTo("2022-10"))
                .body("article.publishedPrecision", equalTo("month"))
                .body("article.outlet", equalTo("Centre for Strategic Dialogue"))
                .body("article.url", equalTo("https://csd.example/analysis/sahel-after-withdrawal"));
    }

    @Test
    void aCharsetDeclaredInTheMetaTagOrTheHeaderDecodesThePage() {
        byte[] cp1252 = page("windows-1252.html");
        String unique = "Reference " + UUID.randomUUID();
        byte[] page = new String(cp1252, java.nio.charset.Charset.forName("windows-1252"))
                .replace("</article>", "<p>" + unique + " was filed today.</p></article>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        int id = asEditor()
                .contentType("text/html")
                .body(page)
                .when()
                .post("/articles")
                .then()
                .statusCode(201)
                .body("article.title", equalTo("Élysée and Bundeskanzleramt agree on a fighter jet"))
                .extract()
                .path("article.id");
        given().get("/articles/" + id + "/claims?limit=200")
                .then()
                .body("items.text", org.hamcrest.Matchers.hasItem(containsString("the Élysée said")));

        byte[] latin1 =
                ("<p>Les négociations reprennent à Genève. " + unique + ".</p>").getBytes(StandardCharsets.ISO_8859_1);
        asEditor()
                .contentType("text/html; charset=ISO-8859-1")
                .body(latin1)
                .when()
                .post("/articles")
                .then()
                .statusCode(201)
                .body("article.title", nullValue());
    }

    @Test
    void theRawPageIsKeptAndReextractionReadsItAgain() {
        String[] pageAndText = newsPageAndText();
        int id = post(Map.of("html", pageAndText[0])).statusCode(201).extract().path("article.id");
        int claims = given().get("/articles/" + id).path("extraction.claims");

        Row row = pool.preparedQuery("select raw_html, raw_body from article where id = $1")
                .execute(Tuple.of((long) id))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next();
        assertEquals(pageAndText[0], row.getString("raw_html"));
        assertEquals(pageAndText[1].strip(), row.getString("raw_body"));

        // the stored text is lost; re-extraction reads the page again and finds the same claims
        pool.preparedQuery("update article set raw_body = 'lost' where id = $1")
                .execute(Tuple.of((long) id))
                .await()
                .atMost(Duration.ofSeconds(10));
        Api.reextract(id).statusCode(200).body("claimsBefore", equalTo(claims)).body("claimsAfter", equalTo(claims));
    }

    @Test
    void bothOrNeitherOfTextAndHtmlIsAProblemNamingTheField() {
        post(Map.of("text", "Russia and China signed a deal.", "html", "<p>Russia and China signed a deal.</p>"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("html"));
        post(Map.of("title", "nothing else")).statusCode(400).body("errors[0].field", equalTo("text"));
        post(Map.of("html", " ")).statusCode(400).body("errors[0].field", equalTo("html"));
    }

    @Test
    void aPageWithNoArticleTextIsAProblemNamingTheField() {
        post(Map.of("html", "<html><body><nav><a href=/>Home</a> | <a href=/world>World</a></nav></body></html>"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("html"))
                .body("errors[0].message", containsString("no article text"));
        postPage("").as("text/html").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theUrlParameterIsForPagesOnlyAndMustBeAUrl() {
        asEditor()
                .contentType("application/json")
                .queryParam("url", "https://example.org/x")
                .body(Map.of("text", "Russia and China signed a deal."))
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("url"));
        asEditor()
                .contentType("text/html")
                .queryParam("url", "not a url")
                .body("<p>Russia and China signed a deal.</p>")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("url"));
    }

    @Test
    void anUnknownCharsetIsAProblemNotAGuess() {
        asEditor()
                .contentType("text/html; charset=klingon-8")
                .body("<p>Russia and China signed a deal.</p>".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("Content-Type"));
    }

    @Test
    void aFiveMegabytePageIsRefusedAsTooLarge() {
        StringBuilder page = new StringBuilder("<html><body><article>");
        String paragraph =
                "<p>Norway and Russia agreed on Monday to extend their fishing quotas in the Barents Sea.</p>\n";
        while (page.length() < 5 * 1024 * 1024) {
            page.append(paragraph);
        }
        page.append("</article></body></html>");

        postPage(page.toString()).as("text/html").statusCode(413).contentType("application/problem+json");
        post(Map.of("html", page.toString())).statusCode(413).contentType("application/problem+json");
    }
}
