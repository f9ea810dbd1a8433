package io.claimbase.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Small helpers the API tests share: posting articles with unique text so tests never depend on each other, and
 * every write carrying a bearer token with the role it needs ({@link Tokens}).
 */
public final class Api {

    private Api() {}

    /** A text nobody else posts: the given paragraph plus a unique marker sentence. */
    public static String unique(String text) {
        return text + "\n\nReference " + UUID.randomUUID() + " was filed today.";
    }

    /** A request as an editor (create, update, curate). */
    public static RequestSpecification asEditor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    /** A request as an admin (delete, re-extract). */
    public static RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    public static ValidatableResponse post(Map<String, Object> body) {
        return postJson(body);
    }

    /** Posts a body as it is, with the given content type, as an editor: for requests that are wrong on purpose. */
    public static ValidatableResponse postRaw(String path, String contentType, String body) {
        return asEditor().contentType(contentType).body(body).when().post(path).then();
    }

    /** POST /articles with a raw body (an object to serialise, or a string sent as it is), as an editor. */
    public static ValidatableResponse postJson(Object body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/articles")
                .then();
    }

    /** DELETE any path, as an admin. */
    public static ValidatableResponse delete(String path) {
        return asAdmin().when().delete(path).then();
    }

    /** Re-extracts one article: a write on an article, so an editor may. */
    public static ValidatableResponse reextract(long articleId) {
        return asEditor().when().post("/articles/" + articleId + "/extraction").then();
    }

    /** Re-extracts every outdated article: under /admin, so an admin only. */
    public static ValidatableResponse reextractOutdated() {
        return asAdmin().when().post("/admin/reextraction").then();
    }

    public static ValidatableResponse delete(long articleId) {
        return delete("/articles/" + articleId);
    }

    public static Map<String, Object> article(String text, Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }
}
