package io.claimbase.claim;

import static io.claimbase.claim.ClaimsHttp.get;
import static io.claimbase.claim.ClaimsHttp.rejects;
import static io.claimbase.claim.ClaimsHttp.with;
import static io.claimbase.claim.SqlClaimFixture.claim;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Facets, timeline and the CSV / NDJSON exports of GET /claims. */
@QuarkusTest
class ClaimAggregateApiTest extends ClaimApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Four claims of one article by one author, with overlapping tags. */
    private long tagged(SqlClaimFixture.Author author) {
        long a = db.article(author, "Facets", LocalDate.of(2020, 6, 1));
        db.claim(
                a,
                claim(0, "Gas deal from 2013 to 2015.")
                        .topics("energy.gas")
                        .event("deal")
                        .actors("china", "russia")
                        .time("from 2013 to 2015", "2013-01-01", "2015-12-31", "year"));
        db.claim(
                a,
                claim(1, "Oil deal in 2014.")
                        .topics("energy.oil", "trade")
                        .event("deal")
                        .kind("assessment")
                        .actors("russia")
                        .time("in 2014", "2014-01-01", "2014-12-31", "year"));
        db.claim(
                a,
                claim(2, "Drills in 2018.")
                        .topics("military.exercises")
                        .event("exercise")
                        .certainty("hedged")
                        .actors("china", "russia")
                        .time("in 2018", "2018-01-01", "2018-12-31", "year"));
        db.claim(a, claim(3, "Trade, untimed.").topics("trade").kind("assessment"));
        return a;
    }

    @Test
    void facetsCountTheMatchingClaimsByEveryFacet() {
        var author = db.author("Facet Author");
        long a = tagged(author);

        JsonPath facets =
                get("/claims/facets", "article", a).statusCode(200).extract().jsonPath();
        assertThat(facets.getInt("total"), equalTo(4));
        assertThat(
                counts(facets, "topics"),
                equalTo(List.of(
                        "energy=2", "trade=2", "energy.gas=1", "energy.oil=1", "military=1", "military.exercises=1")));
        assertThat(counts(facets, "events"), equalTo(List.of("deal=2", "exercise=1")));
        assertThat(counts(facets, "kinds"), equalTo(List.of("assessment=2", "fact=2")));
        assertThat(counts(facets, "certainties"), equalTo(List.of("asserted=3", "hedged=1")));
        assertThat(counts(facets, "actors"), equalTo(List.of("russia=3", "china=2")));
        assertThat(counts(facets, "authors"), equalTo(List.of(author.slug() + "=4")));
        assertThat(facets.getString("authors[0].label"), equalTo(author.name()));
        assertThat(facets.getList("years.year"), contains(2013, 2014, 2015, 2018));
        assertThat(facets.getList("years.count"), contains(1, 2, 1, 1));
    }

    @Test
    void facetsAndTimelineTakeTheSameFilters() {
        long a = tagged(null);
        JsonPath facets = get("/claims/facets", "article", a, "topic", "energy", "after", "2014")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(facets.getInt("total"), equalTo(1));
        assertThat(counts(facets, "topics"), equalTo(List.of("energy=1", "energy.gas=1")));
        assertThat(facets.getList("authors"), empty());

        get("/claims/timeline", "article", a, "event", "deal")
                .statusCode(200)
                .body("years.year", contains(2013, 2014, 2015))
                .body("years.count", contains(1, 2, 1))
                .body("containsKey('topics')", equalTo(false));
        get("/claims/facets", "article", a, "kind", "prediction")
                .statusCode(200)
                .body("total", equalTo(0))
                .body("topics", empty())
                .body("years", empty());
    }

    @Test
    void theTimelineCountsEachYearAClaimCoversAndSplitsByTopicWhenAsked() {
        long a = tagged(null);
        JsonPath timeline = get("/claims/timeline", "article", a, "by", "topic")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(timeline.getList("years.year"), contains(2013, 2014, 2015, 2018));
        assertThat(timeline.getList("years.count"), contains(1, 2, 1, 1));
        assertThat(
                timeline.getList("topics.topic"),
                contains("energy", "energy.gas", "energy.oil", "military", "military.exercises", "trade"));
        assertThat(timeline.getList("topics.find { it.topic == 'energy' }.years.count"), contains(1, 2, 1));
        assertThat(timeline.getList("topics.find { it.topic == 'trade' }.years.year"), contains(2014));
        rejects("/claims/timeline", "by", "article", a, "by", "month");
        rejects("/claims/facets", "limit", "article", a, "limit", 10);
    }

    @Test
    void csvExportHasAHeaderAndOneQuotedRowPerClaim() throws IOException {
        var author = db.author("Csv Author");
        long a = db.article(author, "Export, \"quoted\"", LocalDate.of(2021, 1, 15));
        db.claim(
                a,
                claim(0, "He said \"no\", then left.")
                        .reportedFrom("A spokesman")
                        .topics("diplomacy", "politics")
                        .actors("china", "russia")
                        .figure("percent", "40 percent", new BigDecimal("40"), null, null, 10, 20));
        db.claim(a, claim(1, "Second line\nwith a break.").time("in 2014", "2014-01-01", "2014-12-31", "year"));

        var response = with("article", a)
                .accept("text/csv")
                .when()
                .get("/claims")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=utf-8"))
                .header("Content-Disposition", containsString("claims.csv"));
        String body = response.extract().asString();
        assertThat(body, startsWith("id,article_id,article_title,published_on,author,author_name,ordinal,text,"));
        assertThat(body, containsString("\"He said \"\"no\"\", then left.\""));
        assertThat(body, containsString("\r\n"));

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
        assertThat(rows, hasSize(2));
        CSVRecord first = rows.get(0);
        assertThat(first.get("article_title"), equalTo("Export, \"quoted\""));
        assertThat(first.get("author"), equalTo(author.slug()));
        assertThat(first.get("published_on"), equalTo("2021-01-15"));
        assertThat(first.get("text"), equalTo("He said \"no\", then left."));
        assertThat(first.get("attribution"), equalTo("reported"));
        assertThat(first.get("attribution_source"), equalTo("A spokesman"));
        assertThat(first.get("topics"), equalTo("diplomacy; politics"));
        assertThat(first.get("actors"), equalTo("china; russia"));
        assertThat(first.get("figures"), equalTo("percent 40"));
        assertThat(first.get("time_start"), equalTo(""));
        CSVRecord second = rows.get(1);
        assertThat(second.get("text"), equalTo("Second line\nwith a break."));
        assertThat(second.get("time_start"), equalTo("2014-01-01"));
        assertThat(second.get("time_precision"), equalTo("year"));
    }

    @Test
    void ndjsonExportStreamsOneClaimPerLineInTheAskedOrder() {
        long a = tagged(null);
        String body = with("article", a, "sort", "-article")
                .accept("application/x-ndjson")
                .when()
                .get("/claims")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/x-ndjson"))
                .extract()
                .asString();
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines, hasSize(4));
        List<String> texts =
                lines.stream().map(l -> new JsonPath(l).getString("text")).toList();
        assertThat(
                texts,
                contains("Trade, untimed.", "Drills in 2018.", "Oil deal in 2014.", "Gas deal from 2013 to 2015."));
        JsonPath first = new JsonPath(lines.get(2));
        assertThat(first.getString("eventType"), equalTo("deal"));
        assertThat(first.getList("topics"), contains("energy.oil", "trade"));
    }

    @Test
    void exportsReturnEveryMatchBeyondOnePageInOrder() {
        long a = db.article(null, "Big export", null);
        db.plainClaims(a, 1234);
        String csv = with("article", a)
                .accept("text/csv")
                .when()
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows, hasSize(1235));
        assertThat(rows.get(1), containsString("Plain claim number 0."));
        assertThat(rows.get(1234), containsString("Plain claim number 1233."));

        String ndjson = with("article", a, "kind", "fact")
                .accept("application/x-ndjson")
                .when()
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Integer> ordinals = ndjson.lines()
                .filter(l -> !l.isBlank())
                .map(ClaimAggregateApiTest::ordinal)
                .toList();
        assertThat(ordinals, hasSize(1234));
        for (int i = 0; i < ordinals.size(); i++) {
            assertThat(ordinals.get(i), equalTo(i));
        }
    }

    @Test
    void anExportWithAnInvalidFilterIsAProblemNotAFile() {
        with("kind", "opinion")
                .accept("text/csv")
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("kind"));
        with("after", "20x4")
                .accept("application/x-ndjson")
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("after"));
        with("limit", "5")
                .accept("text/csv")
                .when()
                .get("/claims")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
        get("/claims", "q", "zzqqxx-nothing-matches")
                .statusCode(200)
                .body("items", empty())
                .body("next", nullValue());
    }

    private static int ordinal(String json) {
        try {
            return JSON.readTree(json).get("ordinal").asInt();
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + json, e);
        }
    }

    /** A facet's list as "value=count" strings, in the order the API gave them. */
    private static List<String> counts(JsonPath facets, String facet) {
        List<Map<String, Object>> items = facets.getList(facet);
        return items.stream().map(m -> m.get("value") + "=" + m.get("count")).toList();
    }
}
