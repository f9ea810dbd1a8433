package io.claimbase.claim;

import static io.claimbase.claim.ClaimsHttp.texts;
import static io.claimbase.claim.SqlClaimFixture.claim;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every filter of GET /claims, alone and combined. Each test makes its own article(s) and scopes its queries to them
 * with {@code article} or {@code author}, so that other tests' claims never count.
 */
@QuarkusTest
class ClaimFilterApiTest extends ClaimApiTestBase {

    @Test
    void aParentTopicMatchesItsDescendantsAndRepeatedTopicsMatchAnyOfThem() {
        long a = db.article(null, "Topics", null);
        db.claim(a, claim(0, "Gas flows east.").topics("energy.gas"));
        db.claim(a, claim(1, "Oil flows too.").topics("energy.oil", "trade"));
        db.claim(a, claim(2, "Energy matters.").topics("energy"));
        db.claim(a, claim(3, "Tariffs rose.").topics("trade"));
        db.claim(a, claim(4, "Nothing to tag."));

        assertThat(
                texts("article", a, "topic", "energy"),
                contains("Gas flows east.", "Oil flows too.", "Energy matters."));
        assertThat(texts("article", a, "topic", "energy.gas"), contains("Gas flows east."));
        assertThat(
                texts("article", a, "topic", List.of("energy.gas", "trade")),
                contains("Gas flows east.", "Oil flows too.", "Tariffs rose."));
        assertThat(texts("article", a, "topic", "military"), empty());
    }

    @Test
    void eventKindCertaintyAndAttributionFilterExactly() {
        long a = db.article(null, "Tags", null);
        db.claim(a, claim(0, "They signed a deal.").event("deal").kind("fact"));
        db.claim(
                a,
                claim(1, "The drills may expand.")
                        .event("exercise")
                        .kind("prediction")
                        .certainty("hedged"));
        db.claim(a, claim(2, "There is no alliance.").kind("assessment").certainty("negated"));
        db.claim(
                a,
                claim(3, "Putin said the deal was fair.")
                        .event("deal")
                        .kind("assessment")
                        .reportedFrom("Vladimir Putin"));

        assertThat(
                texts("article", a, "event", "deal"), contains("They signed a deal.", "Putin said the deal was fair."));
        assertThat(texts("article", a, "event", List.of("deal", "exercise")), hasSize(3));
        assertThat(
                texts("article", a, "kind", "assessment"),
                contains("There is no alliance.", "Putin said the deal was fair."));
        assertThat(
                texts("article", a, "kind", List.of("fact", "prediction")),
                contains("They signed a deal.", "The drills may expand."));
        assertThat(texts("article", a, "certainty", "negated"), contains("There is no alliance."));
        assertThat(texts("article", a, "certainty", "hedged"), contains("The drills may expand."));
        assertThat(texts("article", a, "attribution", "reported"), contains("Putin said the deal was fair."));
        assertThat(texts("article", a, "attribution", "author"), hasSize(3));
        assertThat(
                texts("article", a, "event", "deal", "attribution", "author", "kind", "fact"),
                contains("They signed a deal."));
    }

    @Test
    void severalActorsMustAllBeNamedUnlessAnyIsAsked() {
        long a = db.article(null, "Actors", null);
        db.claim(a, claim(0, "China and Russia agree.").actors("china", "russia"));
        db.claim(a, claim(1, "Russia alone.").actors("russia"));
        db.claim(a, claim(2, "China and India talk.").actors("china", "india"));

        assertThat(texts("article", a, "actor", "russia"), contains("China and Russia agree.", "Russia alone."));
        assertThat(texts("article", a, "actor", List.of("china", "russia")), contains("China and Russia agree."));
        assertThat(
                texts("article", a, "actor", List.of("russia", "india"), "actorMatch", "any"),
                contains("China and Russia agree.", "Russia alone.", "China and India talk."));
        assertThat("actor ids are case-insensitive", texts("article", a, "actor", "RUSSIA"), hasSize(2));
    }

    @Test
    void authorIsAnIdOrASlugAndArticleNarrowsToOneArticle() {
        var author = db.author("Ivan Petrov");
        long first = db.article(author, "First", LocalDate.of(2018, 3, 1));
        long second = db.article(author, "Second", LocalDate.of(2021, 7, 9));
        db.claim(first, claim(0, "First article claim."));
        db.claim(second, claim(0, "Second article claim."));

        assertThat(texts("author", author.slug()), contains("First article claim.", "Second article claim."));
        assertThat(texts("author", author.id()), contains("First article claim.", "Second article claim."));
        assertThat(texts("author", author.slug(), "article", second), contains("Second article claim."));
        assertThat(texts("author", "nobody-with-this-slug"), empty());
    }

    @Test
    void afterAndBeforeMatchClaimsWhosePeriodOverlapsTheOpenInterval() {
        long a = db.article(null, "Times", null);
        db.claim(a, claim(0, "From 2013 to 2016.").time("2013-2016", "2013-01-01", "2016-12-31", "year"));
        db.claim(a, claim(1, "In 2014.").time("2014", "2014-01-01", "2014-12-31", "year"));
        db.claim(a, claim(2, "In March 2015.").time("March 2015", "2015-03-01", "2015-03-31", "month"));
        db.claim(a, claim(3, "On 31 December 2014.").time("31 December 2014", "2014-12-31", "2014-12-31", "day"));
        db.claim(a, claim(4, "Last month.").unresolvedTime("last month"));
        db.claim(a, claim(5, "No time at all."));

        assertThat(texts("article", a, "after", "2014"), contains("From 2013 to 2016.", "In March 2015."));
        assertThat(texts("article", a, "before", "2014"), contains("From 2013 to 2016."));
        assertThat(
                texts("article", a, "after", "2014-12-30"),
                contains("From 2013 to 2016.", "In 2014.", "In March 2015.", "On 31 December 2014."));
        assertThat(
                texts("article", a, "after", "2014-06", "before", "2015"),
                contains("From 2013 to 2016.", "In 2014.", "On 31 December 2014."));
        // a window in time order is written as two B-tree bounds (the other orders use the range overlap): same rows
        assertThat(
                texts("article", a, "after", "2014-06", "before", "2015", "sort", "time"),
                contains("From 2013 to 2016.", "In 2014.", "On 31 December 2014."));
        assertThat(
                texts("article", a, "after", "2014-06", "before", "2015", "sort", "-time"),
                contains("On 31 December 2014.", "In 2014.", "From 2013 to 2016."));
        assertThat(
                texts("article", a, "after", "2014-12-31", "before", "2015-03-01", "sort", "time"),
                contains("From 2013 to 2016."));
        assertThat(texts("article", a, "after", "2015-03-31"), contains("From 2013 to 2016."));
        assertThat(texts("article", a, "after", "2016"), empty());
    }

    @Test
    void publishedAfterAndBeforeFilterOnTheArticleDate() {
        var author = db.author("Mei Lin");
        long old = db.article(author, "Old", LocalDate.of(2015, 6, 1));
        long recent = db.article(author, "Recent", LocalDate.of(2022, 2, 20));
        long undated = db.article(author, "Undated", null);
        db.claim(old, claim(0, "Old claim."));
        db.claim(recent, claim(0, "Recent claim."));
        db.claim(undated, claim(0, "Undated claim."));

        assertThat(texts("author", author.slug(), "publishedAfter", "2015"), contains("Recent claim."));
        assertThat(texts("author", author.slug(), "publishedBefore", "2022-02-20"), contains("Old claim."));
        assertThat(
                texts("author", author.slug(), "publishedAfter", "2015-05-31", "publishedBefore", "2022-02-21"),
                contains("Old claim.", "Recent claim."));
    }

    @Test
    void fullTextSearchUsesWebSearchSyntaxAndMarksTheMatchInASnippet() {
        long a = db.article(null, "Search", null);
        String marker = "zq" + a + "x";
        db.claim(a, claim(0, "The " + marker + " pipeline carries gas to China."));
        db.claim(
                a,
                claim(
                        1,
                        "Pipelines and more pipelines: the " + marker + " pipeline, the second " + marker
                                + " pipeline."));
        db.claim(a, claim(2, "The " + marker + " railway opened."));
        db.claim(a, claim(3, "An unrelated pipeline."));

        var response = ClaimsHttp.get("/claims", "q", marker + " pipeline").statusCode(200);
        List<String> found = response.extract().path("items.text");
        assertThat(
                "best match first: more occurrences rank higher",
                found,
                contains(
                        "Pipelines and more pipelines: the " + marker + " pipeline, the second " + marker
                                + " pipeline.",
                        "The " + marker + " pipeline carries gas to China."));
        List<String> snippets = response.extract().path("items.snippet");
        assertThat(
                snippets.get(1),
                equalTo("The <mark>" + marker + "</mark> <mark>pipeline</mark> carries gas to " + "China."));

        assertThat(texts("q", marker + " -pipeline"), contains("The " + marker + " railway opened."));
        assertThat(
                texts("q", "\"" + marker + " railway\" or \"" + marker + " pipeline carries\"", "sort", "article"),
                contains("The " + marker + " pipeline carries gas to China.", "The " + marker + " railway opened."));
    }

    @Test
    void theEnergyDealsQueryCombinesTopicEventAndTime() {
        long a = db.article(null, "Energy deals", null);
        db.claim(
                a,
                claim(0, "In 2014 Gazprom and CNPC signed the gas deal.")
                        .topics("energy.gas")
                        .event("deal")
                        .actors("gazprom", "cnpc")
                        .time("In 2014", "2014-01-01", "2014-12-31", "year"));
        db.claim(
                a,
                claim(1, "In 2019 Novatek sold a stake in Arctic LNG 2.")
                        .topics("energy.gas", "arctic")
                        .event("deal")
                        .actors("novatek", "china")
                        .time("In 2019", "2019-01-01", "2019-12-31", "year"));
        db.claim(
                a,
                claim(2, "In 2016 Rosneft agreed to supply more oil.")
                        .topics("energy.oil")
                        .event("deal")
                        .actors("rosneft", "china")
                        .time("In 2016", "2016-01-01", "2016-12-31", "year"));
        db.claim(
                a,
                claim(3, "In 2018 they held joint drills.")
                        .topics("military.exercises")
                        .event("exercise")
                        .actors("china", "russia")
                        .time("In 2018", "2018-01-01", "2018-12-31", "year"));
        db.claim(
                a,
                claim(4, "In 2017 trade grew.")
                        .topics("trade")
                        .event("deal")
                        .actors("china")
                        .time("In 2017", "2017-01-01", "2017-12-31", "year"));

        assertThat(
                texts("article", a, "topic", "energy", "event", "deal", "after", "2014"),
                contains(
                        "In 2019 Novatek sold a stake in Arctic LNG 2.", "In 2016 Rosneft agreed to supply more oil."));
        assertThat(
                texts("article", a, "topic", "energy", "actor", "china", "after", "2016"),
                contains("In 2019 Novatek sold a stake in Arctic LNG 2."));
        assertThat(
                texts("article", a, "topic", "energy", "event", "deal", "after", "2014", "q", "oil"),
                contains("In 2016 Rosneft agreed to supply more oil."));
    }
}
