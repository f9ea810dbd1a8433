package io.claimbase.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vocabularies a frontend builds its filter lists from are the ones the claim filters validate against: every id
 * listed is accepted by {@code /claims}, and the lists page, search and refuse bad input like the other lists.
 */
@QuarkusTest
class VocabularyApiTest {

    @Test
    void theTopicsAreTheTaxonomyTreeWithLabels() {
        List<String> ids = allIds("/topics");
        JsonPath gas = given().queryParam("q", "natural gas")
                .get("/topics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("energy.gas"), gas.getList("items.id"));
        assertEquals("Natural gas", gas.getString("items[0].label"));
        assertEquals("energy", gas.getString("items[0].parent"));

        JsonPath energy = given().queryParam("q", "energy")
                .get("/topics")
                .then()
                .extract()
                .jsonPath();
        int root = energy.getList("items.id").indexOf("energy");
        assertEquals(null, energy.getString("items[" + root + "].parent"));
        assertTrue(energy.getList("items[" + root + "].children", String.class)
                .containsAll(List.of("energy.gas", "energy.oil")));
        assertTrue(ids.indexOf("energy") < ids.indexOf("energy.gas"), "a parent comes before its children");
    }

    @ParameterizedTest
    @ValueSource(strings = {"topic:/topics", "event:/events", "actor:/actors"})
    void everyListedIdIsAcceptedByTheClaimFilterAndTheListIsInIdOrderWithoutRepeats(String filterAndPath) {
        String filter = filterAndPath.substring(0, filterAndPath.indexOf(':'));
        String path = filterAndPath.substring(filterAndPath.indexOf(':') + 1);
        List<String> ids = allIds(path);

        assertTrue(ids.size() >= 9, path + " lists the domain data: " + ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice across pages");
        assertEquals(ids.stream().sorted().toList(), ids, "id order");
        for (String id : ids) {
            given().queryParam(filter, id)
                    .queryParam("limit", 1)
                    .get("/claims")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void theEventTypesCarryALabelAndTheTopicTheyImply() {
        given().queryParam("q", "sale")
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.id", contains("arms-sale"))
                .body("items[0].label", equalTo("Arms sale"))
                .body("items[0].topic", equalTo("military.arms"))
                .body("next", nullValue());
        given().get("/events").then().body("items.id", hasItems("deal", "exercise", "sanction", "summit"));
    }

    @Test
    void anActorIsFoundByAnyOfItsAliasesAndFilteredByKind() {
        given().queryParam("q", "KREMLIN")
                .get("/actors")
                .then()
                .statusCode(200)
                .body("items.id", contains("russia"))
                .body("items[0].name", equalTo("Russia"))
                .body("items[0].kind", equalTo("country"))
                .body("items[0].aliases", hasItems("Moscow", "Kremlin"))
                .body("items[0].aliases", not(hasItem("Russia")));
        given().queryParam("kind", "company")
                .queryParam("limit", 200)
                .get("/actors")
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("company")))
                .body("items.id", hasItems("gazprom", "rosneft"));
        given().queryParam("q", "no such actor anywhere")
                .get("/actors")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", nullValue());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        problem(
                given().queryParam("kind", "planet")
                        .get("/actors")
                        .then()
                        .extract()
                        .jsonPath(),
                "kind");
        problem(given().queryParam("limit", 0).get("/topics").then().extract().jsonPath(), "limit");
        problem(given().queryParam("q", " ").get("/events").then().extract().jsonPath(), "q");
        problem(
                given().queryParam("topic", "energy")
                        .get("/topics")
                        .then()
                        .extract()
                        .jsonPath(),
                "topic");
        String topicsCursor =
                given().queryParam("limit", 2).get("/topics").then().extract().path("next");
        problem(
                given().queryParam("cursor", topicsCursor)
                        .get("/actors")
                        .then()
                        .extract()
                        .jsonPath(),
                "cursor");
    }

    private static void problem(JsonPath body, String parameter) {
        assertEquals(400, body.getInt("status"), body.prettify());
        assertEquals(parameter, body.getString("errors[0].parameter"), body.prettify());
    }

    /** Every id of a list, following the cursor three at a time. */
    private static List<String> allIds(String path) {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            var request = given().queryParam("limit", 3);
            if (next != null) {
                request.queryParam("cursor", next);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id", String.class);
            assertTrue(items.size() <= 3);
            ids.addAll(items);
            next = page.getString("next");
        } while (next != null);
        return ids;
    }
}
