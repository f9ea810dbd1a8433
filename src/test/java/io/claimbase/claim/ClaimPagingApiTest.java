package io.claimbase.claim;

import static io.claimbase.claim.ClaimsHttp.get;
import static io.claimbase.claim.ClaimsHttp.rejects;
import static io.claimbase.claim.ClaimsHttp.texts;
import static io.claimbase.claim.SqlClaimFixture.claim;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sorts, keyset pages (also while claims are added), totals and every invalid parameter of GET /claims. */
@QuarkusTest
class ClaimPagingApiTest extends ClaimApiTestBase {

    @Test
    void sortingByTimeIsAscendingOrDescendingWithUndatedClaimsLastAndPagesAgreeWithOneBigPage() {
        long a = db.article(null, "Times", null);
        db.claim(a, claim(0, "Undated one."));
        db.claim(a, claim(1, "In 2016.").time("2016", "2016-01-01", "2016-12-31", "year"));
        db.claim(a, claim(2, "In 2012.").time("2012", "2012-01-01", "2012-12-31", "year"));
        db.claim(a, claim(3, "Undated two."));
        db.claim(a, claim(4, "In 2014.").time("2014", "2014-01-01", "2014-12-31", "year"));

        assertThat(
                texts("article", a, "sort", "time"),
                contains("In 2012.", "In 2014.", "In 2016.", "Undated one.", "Undated two."));
        assertThat(
                texts("article", a, "sort", "-time"),
                contains("In 2016.", "In 2014.", "In 2012.", "Undated two.", "Undated one."));
        for (String sort : List.of("time", "-time", "article", "-article")) {
            assertThat(sort, allPages(2, "article", a, "sort", sort), equalTo(texts("article", a, "sort", sort)));
        }
    }

    @Test
    void sortingByPublicationDateSpansArticlesWithUndatedArticlesLast() {
        var author = db.author("Sort Author");
        long later = db.article(author, "Later", LocalDate.of(2019, 4, 1));
        long undated = db.article(author, "Undated", null);
        long earlier = db.article(author, "Earlier", LocalDate.of(2015, 9, 30));
        db.claim(later, claim(0, "Later A."));
        db.claim(undated, claim(0, "Undated A."));
        db.claim(earlier, claim(0, "Earlier A."));
        db.claim(later, claim(1, "Later B."));

        assertThat(
                texts("author", author.slug(), "sort", "published"),
                contains("Earlier A.", "Later A.", "Later B.", "Undated A."));
        assertThat(
                texts("author", author.slug(), "sort", "-published"),
                contains("Later B.", "Later A.", "Earlier A.", "Undated A."));
        assertThat(
                allPages(1, "author", author.slug(), "sort", "-published"),
                contains("Later B.", "Later A.", "Earlier A.", "Undated A."));
        // reading order reversed: the newest article (highest id) first, its last claim first
        assertThat(
                texts("author", author.slug(), "sort", "-article"),
                contains("Earlier A.", "Undated A.", "Later B.", "Later A."));
    }

    @Test
    void relevancePagesFollowTheRankWithoutRepeats() {
        long a = db.article(null, "Ranked", null);
        String w = "kv" + a + "y";
        db.claim(a, claim(0, "One " + w + "."));
        db.claim(a, claim(1, w + " and " + w + " and " + w + "."));
        db.claim(a, claim(2, w + " twice, " + w + "."));
        db.claim(a, claim(3, "Also one " + w + "."));

        List<String> ranked = texts("q", w);
        assertThat(ranked.subList(0, 2), contains(w + " and " + w + " and " + w + ".", w + " twice, " + w + "."));
        assertThat(ranked, hasSize(4));
        assertThat(allPages(1, "q", w), equalTo(ranked));
        assertThat(allPages(3, "q", w, "sort", "relevance"), equalTo(ranked));
    }

    @Test
    void pagesStayCorrectWhileClaimsAreInserted() {
        long a = db.article(null, "Growing", null);
        for (int ordinal : new int[] {10, 20, 30, 40}) {
            db.claim(a, claim(ordinal, "Claim " + ordinal + "."));
        }
        JsonPath first = get("/claims", "article", a, "limit", 2)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items.text"), contains("Claim 10.", "Claim 20."));

        db.claim(a, claim(15, "Claim 15.")); // before the cursor: not seen in later pages, nothing repeats
        db.claim(a, claim(35, "Claim 35.")); // after the cursor: seen in its place

        JsonPath second = get("/claims", "article", a, "limit", 2, "cursor", first.getString("next"))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("items.text"), contains("Claim 30.", "Claim 35."));
        get("/claims", "article", a, "limit", 2, "cursor", second.getString("next"))
                .statusCode(200)
                .body("items.text", contains("Claim 40."))
                .body("next", nullValue());
    }

    @Test
    void theTotalIsGivenOnlyWhenAskedAndCountsAllPages() {
        long a = db.article(null, "Counted", null);
        db.plainClaims(a, 7);
        get("/claims", "article", a, "limit", 3, "count", "true")
                .statusCode(200)
                .body("items", hasSize(3))
                .body("total", equalTo(7))
                .body("next", notNullValue());
        get("/claims", "article", a, "limit", 3).statusCode(200).body("containsKey('total')", equalTo(false));
        get("/claims", "article", a, "kind", "prediction", "count", "true")
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void theDefaultPageHasFiftyClaimsAndTheLimitGoesUpToTwoHundred() {
        long a = db.article(null, "Many", null);
        db.plainClaims(a, 230);
        get("/claims", "article", a).statusCode(200).body("items", hasSize(50)).body("next", notNullValue());
        get("/claims", "article", a, "limit", 200)
                .statusCode(200)
                .body("items", hasSize(200))
                .body("items[199].ordinal", equalTo(199));
        List<String> all = allPages(200, "article", a);
        assertThat(all, hasSize(230));
        assertThat(new HashSet<>(all), hasSize(230));
    }

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of("autor", "someone", "is not a parameter"),
                Arguments.of("topic", "Energy!", "is not a known topic"),
                Arguments.of("topic", "energy..gas", "is not a known topic"),
                Arguments.of("event", "big deal", "is not a known event type"),
                Arguments.of("kind", "opinion", "must be one of fact, assessment, prediction, prescription"),
                Arguments.of("certainty", "sure", "must be one of asserted, hedged, negated"),
                Arguments.of("attribution", "editor", "must be one of author, reported"),
                Arguments.of("actor", "the Kremlin!", "is not a known actor"),
                Arguments.of("actorMatch", "some", "must be one of all, any"),
                Arguments.of("author", " ", "must not be blank"),
                Arguments.of("article", "abc", "must be a positive integer"),
                Arguments.of("after", "20x4", "must be a year"),
                Arguments.of("before", "2014-13", "must be a year"),
                Arguments.of("publishedAfter", "yesterday", "must be a year"),
                Arguments.of("publishedBefore", "2014-02-30", "must be a year"),
                Arguments.of("q", "x".repeat(501), "at most 500"),
                Arguments.of("sort", "newest", "must be one of"),
                Arguments.of("sort", "relevance", "needs a full-text query"),
                Arguments.of("limit", "10000", "between 1 and 200"),
                Arguments.of("limit", "0", "between 1 and 200"),
                Arguments.of("limit", "ten", "between 1 and 200"),
                Arguments.of("count", "maybe", "must be true or false"),
                Arguments.of("cursor", "bm90LWEtY3Vyc29y.AAAA", "is not a cursor this service issued"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidParameters")
    void anInvalidValueIsAProblemNamingItsParameter(String parameter, String value, String message) {
        rejects("/claims", parameter, parameter, value)
                .body("errors[0].message", containsString(message))
                .body("status", equalTo(400));
    }

    @Test
    void aCursorThatWasEditedOrMadeForAnotherOrderIsRefused() {
        long a = db.article(null, "Cursors", null);
        db.plainClaims(a, 3);
        String next = get("/claims", "article", a, "limit", 1)
                .statusCode(200)
                .extract()
                .path("next");
        // edit the payload (its first character), not the signature's last one, whose low bits base64 ignores
        String edited = (next.charAt(0) == 'A' ? "B" : "A") + next.substring(1);
        rejects("/claims", "cursor", "article", a, "limit", 1, "cursor", edited);
        rejects("/claims", "cursor", "article", a, "limit", 1, "cursor", next, "sort", "-article");
        rejects("/articles/" + a + "/claims", "limit", "limit", 500);
    }

    /** Every page of the query followed through its cursors, texts in order. */
    private static List<String> allPages(int limit, Object... keyValues) {
        List<String> texts = new ArrayList<>();
        String cursor = null;
        do {
            List<Object> params = new ArrayList<>(Arrays.asList(keyValues));
            params.addAll(List.of("limit", limit));
            if (cursor != null) {
                params.addAll(List.of("cursor", cursor));
            }
            JsonPath page =
                    get("/claims", params.toArray()).statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.text");
            assertThat("a page is never larger than the limit", items.size() <= limit, equalTo(true));
            texts.addAll(items);
            cursor = page.getString("next");
        } while (cursor != null);
        return texts;
    }
}
