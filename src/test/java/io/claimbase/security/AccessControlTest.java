package io.claimbase.security;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.claimbase.support.Api;
import io.claimbase.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may do what: reads are open, writes need `editor`, deletes need `admin`, and every refusal is a problem. */
@QuarkusTest
class AccessControlTest {

    private static final String TEXT = """
            Canberra and Jakarta sign a defence cooperation agreement

            Australia and Indonesia signed a defence cooperation agreement on Thursday, officials said.
            """;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aWriteWithoutATokenIsA401ProblemWithABearerChallenge() {
        given().contentType(ContentType.JSON)
                .body(article(unique(TEXT)))
                .when()
                .post("/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
        given().when().delete("/articles/1").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aReaderMayNotWrite() {
        postWith(Tokens.withRoles("reader"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("role"));
    }

    @Test
    void anEditorMayPostButOnlyAnAdminMayDelete() {
        int id = postWith(Tokens.editor()).statusCode(201).extract().path("article.id");
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .when()
                .delete("/articles/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/articles/" + id).then().statusCode(200);
        Api.delete("/articles/" + id).statusCode(204);
        given().when().get("/articles/" + id).then().statusCode(404);
    }

    @Test
    void anAdminMayAlsoPost() {
        postWith(Tokens.admin()).statusCode(201);
    }

    @Test
    void expiredForeignOrForgedTokensAre401() throws Exception {
        String expired = Tokens.sign(Jwt.issuer(Tokens.ISSUER)
                .subject("x")
                .groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
        String foreignIssuer = Tokens.sign(
                Jwt.issuer("https://somebody-else.example").subject("x").groups(Set.of("editor")));
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        String forged = Jwt.issuer(Tokens.ISSUER)
                .subject("x")
                .groups(Set.of("editor"))
                .sign(otherKey.generateKeyPair().getPrivate());
        for (String token : new String[] {expired, foreignIssuer, forged, "not.a.jwt", ""}) {
            postWith(token)
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void readsAreOpenEvenWithABadToken() {
        given().when().get("/articles").then().statusCode(200);
        given().header("Authorization", "Bearer garbage")
                .when()
                .get("/authors")
                .then()
                .statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static ValidatableResponse postWith(String token) {
        return given().header("Authorization", Tokens.bearer(token))
                .contentType(ContentType.JSON)
                .body(article(unique(TEXT)))
                .when()
                .post("/articles")
                .then();
    }
}
