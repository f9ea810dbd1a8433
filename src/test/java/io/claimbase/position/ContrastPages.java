package io.claimbase.position;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Reading GET /claims/contrasts in the API tests: a page's pairs, and a pair's two claim ids. */
final class ContrastPages {

    private ContrastPages() {}

    /** The first page of contrasts on the topic, of the service's default size. */
    static List<Map<String, Object>> first(String topic) {
        return items(given().queryParam("topic", topic));
    }

    /** The first page of contrasts on the topic, of at most {@code limit} pairs. */
    static List<Map<String, Object>> first(String topic, int limit) {
        return items(given().queryParam("topic", topic).queryParam("limit", limit));
    }

    private static List<Map<String, Object>> items(RequestSpecification request) {
        return request.when()
                .get("/claims/contrasts")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    /** The claim ids of a pair: the up claim's, then the down claim's. */
    static List<Long> ids(Map<String, Object> pair) {
        return List.of(
                ((Number) ((Map<?, ?>) pair.get("up")).get("claimId")).longValue(),
                ((Number) ((Map<?, ?>) pair.get("down")).get("claimId")).longValue());
    }
}
