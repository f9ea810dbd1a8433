package io.claimbase.claim;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.List;

/** Reads of {@code GET /claims} for the tests: parameters as key/value pairs, a value may be a list (repeated). */
final class ClaimsHttp {

    private ClaimsHttp() {}

    static RequestSpecification with(Object... keyValues) {
        RequestSpecification request = given();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value instanceof Collection<?> values) {
                request = request.queryParam((String) keyValues[i], values);
            } else {
                request = request.queryParam((String) keyValues[i], value);
            }
        }
        return request;
    }

    static ValidatableResponse get(String path, Object... keyValues) {
        return with(keyValues).when().get(path).then();
    }

    /** The texts of the first page of claims matching the parameters, in the order the API answered them. */
    static List<String> texts(Object... keyValues) {
        return get("/claims", keyValues).statusCode(200).extract().path("items.text");
    }

    /** A 400 problem that names {@code parameter}. */
    static ValidatableResponse rejects(String path, String parameter, Object... keyValues) {
        return get(path, keyValues)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", org.hamcrest.Matchers.equalTo(parameter));
    }
}
