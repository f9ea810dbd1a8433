package io.claimbase.claim;

import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** What the claim API tests share: the database pool for the {@link SqlClaimFixture}, and logging on failure. */
abstract class ClaimApiTestBase {

    @Inject
    Pool pool;

    /** Writes each test's own authors, articles and claims (TEMPORARY: until extraction fills claims). */
    SqlClaimFixture db;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void fixture() {
        db = new SqlClaimFixture(pool);
    }
}
