package io.claimbase.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Api;
import io.claimbase.support.contract.ContractValidationFilter;
import io.claimbase.support.contract.ContractValidationFilter.ContractViolation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Proves that the contract is enforced on the real service without the test asking for it: this class, like every
 * other, declares nothing, yet a response that strays from openapi/openapi.yaml fails. Each test alters one real
 * response on its way back (as a bug in the service would) and expects the suite to notice.
 */
@QuarkusTest
class ContractEnforcementTest {

    @TestHTTPResource("/articles")
    URI articles;

    @Test
    void everyTestRunsWithContractValidation() {
        assertTrue(
                RestAssured.filters().stream().anyMatch(ContractValidationFilter.class::isInstance),
                "the contract filter is installed for every test, in the RestAssured the test uses");
    }

    @Test
    void anUntouchedResponseKeepsTheContract() {
        given().when().get("/authors").then().statusCode(200);
        given().queryParam("limit", 0)
                .when()
                .get("/authors")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
    }

    @Test
    void aFieldTheContractDoesNotDeclareFailsTheTest() {
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> given().filter(alterBody(body -> body.replaceFirst("\\{", "{\"internalScore\":0.9,")))
                        .when()
                        .get("/authors"));
        assertTrue(violation.getMessage().contains("internalScore"), violation.getMessage());
    }

    @Test
    void aMissingRequiredFieldFailsTheTest() {
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> given().filter(alterBody(body -> body.replaceFirst(",\"next\":(null|\"[^\"]*\")", "")))
                        .when()
                        .get("/authors"));
        assertTrue(violation.getMessage().contains("next"), violation.getMessage());
    }

    @Test
    void aStatusTheContractDoesNotListFailsTheTest() {
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> given().filter(alter(response -> new ResponseBuilder()
                                .clone(response)
                                .setStatusCode(202)
                                .build()))
                        .when()
                        .get("/authors"));
        assertTrue(violation.getMessage().contains("202"), violation.getMessage());
    }

    @Test
    void anErrorThatIsNotAProblemFailsTheTest() {
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> given().filter(alter(response -> new ResponseBuilder()
                                .clone(response)
                                .setContentType("application/json")
                                .setHeaders(new Headers(new Header("Content-Type", "application/json")))
                                .build()))
                        .when()
                        .get("/authors/nobody-by-this-name"));
        assertTrue(violation.getMessage().contains("application/json"), violation.getMessage());
    }

    @Test
    void anUndeclaredOperationMayOnlyAnswerAProblem() {
        given().when().get("/no-such-resource").then().statusCode(404).contentType("application/problem+json");
        assertThrows(
                ContractViolation.class,
                () -> given().filter(alter(response -> new ResponseBuilder()
                                .clone(response)
                                .setStatusCode(200)
                                .build()))
                        .when()
                        .get("/no-such-resource"));
    }

    @Test
    void aBodyInAnotherMediaTypeIsAProblem() {
        Api.postRaw("/articles", "text/plain", "China and Russia signed a gas deal.")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    private static Filter alterBody(UnaryOperator<String> change) {
        return alter(response -> new ResponseBuilder()
                .clone(response)
                .setBody(change.apply(response.asString()))
                .build());
    }

    /** A filter that runs inside the contract filter, so the contract filter sees the altered response. */
    private static Filter alter(UnaryOperator<Response> change) {
        return (request, responseSpec, context) -> change.apply(context.next(request, responseSpec));
    }
}
