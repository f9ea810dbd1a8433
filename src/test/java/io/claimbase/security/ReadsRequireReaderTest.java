package io.claimbase.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.claimbase.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hardened deployment: with CLAIMBASE_SECURITY_READS=reader reading needs a token with a role too (health and the
 * spec stay open for probes and tools), and with CLAIMBASE_SECURITY_HSTS_MAX_AGE set every response carries HSTS.
 */
@QuarkusTest
@TestProfile(ReadsRequireReaderTest.ReadersOnly.class)
class ReadsRequireReaderTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimbase.security.reads",
                    "reader",
                    "claimbase.security.hsts-max-age",
                    "365D",
                    "claimbase.seeds.load-at-start",
                    "false");
        }
    }

    @Test
    void anAnonymousReadIsA401Problem() {
        given().when()
                .get("/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().when().get("/authors/1").then().statusCode(401);
    }

    @Test
    void aReaderEditorOrAdminMayRead() {
        for (String token : new String[] {Tokens.withRoles("reader"), Tokens.editor(), Tokens.admin()}) {
            given().header("Authorization", Tokens.bearer(token))
                    .when()
                    .get("/articles")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aTokenWithoutARoleMayNotRead() {
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("guest")))
                .when()
                .get("/articles")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void everyResponseCarriesHstsWhenConfigured() {
        given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().when()
                .get("/articles")
                .then()
                .statusCode(401)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void healthAndTheSpecStayOpenForProbesAndTools() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
