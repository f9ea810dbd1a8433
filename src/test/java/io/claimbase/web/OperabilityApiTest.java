package io.claimbase.web;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.post;
import static io.claimbase.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.claimbase.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request ids (header, problem body, log lines) and the Prometheus endpoint, through HTTP. */
@QuarkusTest
class OperabilityApiTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final CapturingHandler logs = new CapturingHandler();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("io.claimbase").addHandler(logs);
    }

    @AfterEach
    void releaseLogs() {
        Logger.getLogger("io.claimbase").removeHandler(logs);
    }

    @Test
    void everyResponseCarriesAFreshRequestIdWhenTheCallerSendsNone() {
        String first = given().when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID))
                .extract()
                .header(RequestIds.HEADER);
        String second = given().when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID))
                .extract()
                .header(RequestIds.HEADER);

        assertFalse(first.equals(second), "two requests, two ids");
    }

    @Test
    void aCallersRequestIdIsKeptAndAForgedOneReplaced() {
        given().header(RequestIds.HEADER, "gateway-7f3a.42")
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, equalTo("gateway-7f3a.42"));
        given().header(RequestIds.HEADER, "x\" level=ERROR forged")
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID));
        given().header(RequestIds.HEADER, "a".repeat(65))
                .when()
                .get("/articles")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void aProblemResponseCarriesTheSameRequestIdAsItsHeader() {
        given().header(RequestIds.HEADER, "trace-404")
                .when()
                .get("/no-such-resource")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header(RequestIds.HEADER, equalTo("trace-404"))
                .body("requestId", equalTo("trace-404"));
    }

    @Test
    void logLinesWrittenWhileServingARequestCarryItsId() {
        String id = "ingest-" + System.nanoTime();

        Api.asEditor()
                .header(RequestIds.HEADER, id)
                .contentType("application/json")
                .body(article(unique("Tokyo and Seoul agreed on Tuesday to resume their security dialogue.")))
                .when()
                .post("/articles")
                .then()
                .statusCode(201)
                .header(RequestIds.HEADER, equalTo(id));

        List<String> ids = logs.records.stream()
                .filter(r -> r.getMessage() != null && r.getMessage().startsWith("ingested article"))
                .map(r -> String.valueOf(r.getMdc(RequestIds.MDC_KEY)))
                .filter(id::equals)
                .toList();
        assertEquals(List.of(id), ids, "the ingest log line of this request carries its id");
    }

    @Test
    void prometheusMetricsCoverHttpDatabasePoolsJvmAndClaimbase() {
        post(article(unique("Paris and Berlin announced a joint fighter programme review on Friday.")))
                .statusCode(201);

        given().accept("text/plain")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(matchesPattern("(?s).*\nhttp_server_requests_seconds_count\\{method=\"POST\",outcome=\"SUCCESS\","
                        + "status=\"201\",uri=\"/articles\",?} [1-9].*"))
                .body(containsString("sql_pool_"))
                .body(containsString("agroal_active_count"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("claimbase_articles_ingested_total"))
                .body(containsString("claimbase_claims_extracted_total"))
                .body(containsString("claimbase_extraction_seconds_count"))
                .body(not(containsString("uri=\"/q/metrics\"")));
    }

    /** Keeps the records io.claimbase logs during one test, with their MDC as it was when they were logged. */
    private static final class CapturingHandler extends Handler {
        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyAll();
                records.add(ext);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
