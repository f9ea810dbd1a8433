package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.TimePeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods a reader infers from the article, on texts written for these tests. */
class DiscourseTimeTest {

    private static final Extractor EXTRACTOR = Extractor.fromDirectory(Path.of("seeds/domain"));

    private static List<ExtractedClaim> claims(String text) {
        return EXTRACTOR.extract(ArticleInput.of(text)).claims();
    }

    @Test
    void aReferenceBackToADatedEventTakesItsPeriodMarkedInferred() {
        List<ExtractedClaim> claims = claims("In March 2019 Chile and Argentina signed a gas transit agreement. "
                + "That agreement doubled the volumes crossing the Andes.");
        TimePeriod stated = claims.get(0).time();
        TimePeriod inferred = claims.get(1).time();
        assertFalse(stated.inferred());
        assertEquals(LocalDate.of(2019, 3, 1), inferred.start());
        assertEquals(LocalDate.of(2019, 3, 31), inferred.end());
        assertTrue(inferred.inferred());
        assertEquals(stated.text(), inferred.inferredFrom(), "the source is the earlier sentence's expression");
    }

    @Test
    void aStateDescribedWithAParticipleContinuesNoAccount() {
        for (String state : List.of(
                "The canal is designed to carry 40 ships a day.",
                "Most of those firms are now barred from the market.",
                "The headline figure is a quota of 50,000 tonnes, phased in over four years.",
                "Chile, which has mediated before, has offered to host the talks.",
                "Officials said the fund would open with $40 million.",
                "The port authority warned that exports could fall by a tenth.",
                "She was 71.",
                "He was 64, and still lecturing.")) {
            assertFalse(DiscourseTime.toldInThePast(state), state);
        }
        for (String step : List.of(
                "Two frigates sailed from Callao.",
                "The convoy, escorted by two frigates, reached the port.",
                "The harbour was closed for a day.",
                "The ministry said the frigates returned to port by nightfall.")) {
            assertTrue(DiscourseTime.toldInThePast(step), step);
        }
        List<ExtractedClaim> claims = claims("Peru and Ecuador opened a new border crossing on 12 March 2024. "
                + "The bridge is designed to carry 2,000 lorries a day. "
                + "Officials unveiled a plaque at the crossing.");
        assertNull(claim(claims, "The bridge is designed").time(), "a state, not a step of the day's account");
        assertNotNull(claim(claims, "Officials unveiled").time(), "a step of the account: " + claims);
    }

    @Test
    void theFirstClaimOfALiveBlogsEntryTakesTheDayOfTheBlog() {
        String blog = """
                LIVE
                Andes floods: live updates
                Last updated 14 March 2024, 20:10 CLT

                20:10 CLT
                Rescue teams reached the last cut-off village near Cusco. The road remains closed.

                17:45 CLT
                Peru's army evacuated 1,200 people from the flooded valley.

                15:30 CLT
                Analysis from our climate editor
                The rains came earlier than any forecast had said.

                11:05 CLT
                The river crested at 7.4 metres in 2019, the last great flood.
                """;
        List<ExtractedClaim> claims = claims(blog);
        LocalDate day = LocalDate.of(2024, 3, 14);
        for (String opener : List.of("Rescue teams reached", "Peru's army evacuated")) {
            TimePeriod time = claim(claims, opener).time();
            assertNotNull(time, opener + " in " + claims);
            assertEquals(day, time.start(), opener);
            assertEquals(day, time.end(), opener);
            assertTrue(time.inferred(), opener);
        }
        assertNull(claim(claims, "The road remains").time(), "not the first of its entry");
        assertNull(claim(claims, "The rains came").time(), "its entry opens with a heading");
        assertEquals(
                LocalDate.of(2019, 1, 1),
                claim(claims, "The river crested").time().start(),
                "its own time");
    }

    @Test
    void aTimeOfDayOrTwoMakeNoLiveBlog() {
        List<ExtractedClaim> claims = claims("""
                Floods in the Andes
                Published 14 March 2024

                20:10
                Rescue teams reached the last cut-off village near Cusco.

                17:45
                Peru's army evacuated 1,200 people from the flooded valley.
                """);
        assertNull(claim(claims, "Rescue teams reached").time());
        assertNull(claim(claims, "Peru's army evacuated").time());
    }

    private static ExtractedClaim claim(List<ExtractedClaim> claims, String start) {
        return claims.stream()
                .filter(c -> c.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError(start + " in " + claims));
    }

    @Test
    void theSameDayAndThatYearReferBackToo() {
        List<ExtractedClaim> claims = claims("Kenya and Ethiopia opened a power line in 2021. The same year, "
                + "Ethiopia doubled its exports of electricity.");
        assertEquals(LocalDate.of(2021, 1, 1), claims.get(1).time().start());
        assertTrue(claims.get(1).time().inferred());
    }

    @Test
    void noReferenceNoDateOrAnotherEventTypeInfersNothing() {
        assertNull(
                claims("In 2016 Peru and Bolivia signed a railway deal. Freight volumes have risen since.")
                        .get(1)
                        .time(),
                "no back-reference: no period");
        assertNull(
                claims("Peru and Bolivia signed a railway deal. That deal doubled freight.")
                        .get(1)
                        .time(),
                "nothing dated to refer to");
        assertNull(
                claims("In 2016 Peru and Bolivia signed a railway deal. Their navies also held an exercise "
                                + "on Lake Titicaca. That exercise was the first of its kind.")
                        .stream()
                        .filter(c -> c.text().startsWith("That exercise"))
                        .findFirst()
                        .orElseThrow()
                        .time(),
                "the exercise is undated; the deal's year is not the exercise's");
    }

    @Test
    void aDealSignedAtADatedSummitTakesItsDayButNotOneOfAnotherEvent() {
        List<ExtractedClaim> claims = claims("""
                LIMA, 12 June 2024

                The leaders of Peru and Chile ended a summit in Lima on Tuesday. That deal was signed by both presidents.
                """);
        ExtractedClaim deal = claims.stream()
                .filter(c -> c.text().startsWith("That deal"))
                .findFirst()
                .orElseThrow();
        assertEquals("deal", deal.eventType());
        assertEquals(LocalDate.of(2024, 6, 11), deal.time().start());
        assertTrue(deal.time().inferred());
        assertNull(
                claims("In 2016 Peru and Bolivia held a naval exercise on Lake Titicaca. That deal was signed later.")
                        .get(1)
                        .time(),
                "an exercise is no meeting at which a deal is signed");
    }

    @Test
    void theAuthorIntroducingAnIntervieweeSpeaksAboutNoTime() {
        List<ExtractedClaim> claims = claims("""
                LIMA, 12 June 2024

                Peruvians voted in a regional election on Sunday. We spoke to Ana Ruiz, who observed the count, about what she saw. We asked Tomas Berg, who ran the electoral board from 2010 to 2014, what comes next.
                """);
        assertEquals(LocalDate.of(2024, 6, 9), claims.get(0).time().start());
        assertNull(claims.get(1).time(), "not the day of the vote");
        assertNull(claims.get(2).time(), "not the years named in passing");
        assertEquals(
                LocalDate.of(2024, 6, 11),
                claims("LIMA, 12 June 2024\n\nThe president spoke to Ana Ruiz, the mayor, on Tuesday.")
                        .get(0)
                        .time()
                        .start(),
                "someone else speaking to a person is an event with its day");
    }

    @Test
    void aStandingFactInThePresentTenseDoesNotGoOnWithTheAccount() {
        List<ExtractedClaim> claims = claims("""
                OSLO, 4 March 2023

                Two Norwegian frigates left Bergen on Tuesday for a drill off Svalbard. The frigates carry 120 sailors each.
                """);
        assertEquals(LocalDate.of(2023, 2, 28), claims.get(0).time().start());
        assertNull(claims.get(1).time(), "what the frigates carry is no part of Tuesday's account");
    }

    @Test
    void aFactThatGoesOnWithTheAccountOfADatedDayTakesThatDay() {
        List<ExtractedClaim> claims = claims("""
                OSLO, 4 March 2023

                Two Norwegian frigates left Bergen on Tuesday for a drill off Svalbard. Four patrol aircraft and 300 sailors took part.

                Analysts expect more such drills. The fleet has grown since 2015.
                """);
        TimePeriod tuesday = claims.get(0).time();
        TimePeriod cover = claims.get(1).time();
        assertEquals(LocalDate.of(2023, 2, 28), tuesday.start());
        assertEquals(tuesday.start(), cover.start());
        assertEquals(tuesday.end(), cover.end());
        assertTrue(cover.inferred());
        assertNull(claims.get(2).time(), "another paragraph, and a prediction: no period");
    }

    @Test
    void aYearIsABackdropNoFactInheritsIt() {
        List<ExtractedClaim> claims =
                claims("Chile exported more copper in 2019 than ever. Prices were high. Lithium output also rose.");
        assertNull(claims.get(1).time());
        assertNull(claims.get(2).time());
    }

    @Test
    void aNewsLeadsDayCarriesOverTheParagraphsAfterItUntilAClaimStatesATime() {
        List<ExtractedClaim> claims = claims("""
                VALLETTA, 9 May 2023

                Two Italian frigates sailed into Valletta harbour on Monday for a three-nation drill.

                Four patrol aircraft and 600 sailors took part, the Maltese navy said.

                Analysts expect more such drills. The navy bought its newest frigate in 2015.

                A third ship joined the flotilla.
                """);
        TimePeriod monday = claims.get(0).time();
        assertEquals(LocalDate.of(2023, 5, 8), monday.start());
        TimePeriod carried = claims.get(1).time();
        assertEquals(monday.start(), carried.start());
        assertEquals(monday.end(), carried.end());
        assertTrue(carried.inferred());
        assertNull(claims.get(2).time(), "a prediction is no part of the account");
        assertNull(claims.get(4).time(), "2015 was stated in between: the account has ended");
    }

    @Test
    void aMonthLongLeadIsABackdropNotAnAccount() {
        List<ExtractedClaim> claims = claims("""
                Two Italian frigates sailed into Valletta harbour in May 2023 for a three-nation drill.

                Four patrol aircraft and 600 sailors took part, the Maltese navy said.
                """);
        assertNull(claims.get(1).time());
    }

    @Test
    void aClaimThatTheNextOneRefersBackToAndDatesTakesThatDate() {
        List<ExtractedClaim> claims = claims("Mongolia agreed a pipeline deal with Kazakhstan. "
                + "The pipeline crosses the steppe. That deal was signed in Astana in 2019 after years of talks.");
        TimePeriod inferred = claims.get(0).time();
        assertEquals(LocalDate.of(2019, 1, 1), inferred.start());
        assertTrue(inferred.inferred());
        assertNull(
                claims("Mongolia agreed a pipeline deal with Kazakhstan. Trade grew in 2019.")
                        .get(0)
                        .time(),
                "no reference back: no period");
    }

    @Test
    void thatClashRefersBackToADatedClash() {
        List<ExtractedClaim> claims =
                claims("Border guards clashed near the lake in March 2011. That clash left two guards dead.");
        assertEquals(LocalDate.of(2011, 3, 1), claims.get(1).time().start());
        assertTrue(claims.get(1).time().inferred());
    }

    private static ExtractedClaim starting(List<ExtractedClaim> claims, String prefix) {
        return claims.stream()
                .filter(c -> c.text().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aReferenceBackToATimeTakesItWhateverEventWasToldThen() {
        List<ExtractedClaim> claims = claims("""
                SANTIAGO, 12 October 2023

                Chile's president held talks with his Bolivian counterpart in La Paz last Wednesday. The same day, a \
                Chilean miner signed a lithium supply contract with a Bolivian state company.
                """);
        TimePeriod wednesday = claims.get(0).time();
        TimePeriod sameDay = starting(claims, "The same day").time();
        assertEquals(LocalDate.of(2023, 10, 11), wednesday.start());
        assertEquals(wednesday.start(), sameDay.start());
        assertEquals(wednesday.end(), sameDay.end());
        assertTrue(sameDay.inferred());
        assertEquals("The same day", sameDay.text());
    }

    @Test
    void thatYearIsTheWholeYearAndAMonthOfThatYearIsThatMonth() {
        List<ExtractedClaim> claims = claims("Uruguay and Paraguay signed a river accord on 3 March 2011. "
                + "By the end of that year, barge traffic on the river had doubled. "
                + "In October that year, the two presidents opened a new port at Nueva Palmira.");
        TimePeriod endOfYear = starting(claims, "By the end").time();
        assertEquals(LocalDate.of(2011, 1, 1), endOfYear.start());
        assertEquals(LocalDate.of(2011, 12, 31), endOfYear.end());
        assertTrue(endOfYear.inferred());
        TimePeriod october = starting(claims, "In October").time();
        assertEquals(LocalDate.of(2011, 10, 1), october.start());
        assertEquals(LocalDate.of(2011, 10, 31), october.end());
        assertTrue(october.inferred());
    }

    @Test
    void theSameMonthOfThatYearWinsOverTheNearestOneOfThePublicationDate() {
        List<ExtractedClaim> claims = EXTRACTOR
                .extract(new ArticleInput(
                        "Peru and Ecuador reopened their border crossing in 2019. In May of that year, the two "
                                + "governments opened a joint customs post at Huaquillas.",
                        null,
                        null,
                        null,
                        LocalDate.of(2024, 6, 1)))
                .claims();
        TimePeriod may = claims.get(1).time();
        assertEquals(LocalDate.of(2019, 5, 1), may.start(), "May of 2019, not the May before the publication date");
        assertTrue(may.inferred());
    }

    @Test
    void atTheSameTimeIsAConnectiveNotATime() {
        List<ExtractedClaim> claims = claims("Norway sold its last coal mine on Svalbard in June 2016. "
                + "At the same time, the Norwegian state expanded its research station.");
        assertNull(claims.get(1).time(), "\"at the same time\" refers to no time");
    }

    @Test
    void aTimeCountedFromTheOneJustToldIsResolvedFromIt() {
        List<ExtractedClaim> claims = claims("Finland and Estonia opened a ferry link in 2008. "
                + "Two years later, a power cable joined the two grids. "
                + "A decade on, the cable carries a third of Estonia's imports.");
        TimePeriod later = claims.get(1).time();
        assertEquals(LocalDate.of(2010, 1, 1), later.start());
        assertEquals(LocalDate.of(2010, 12, 31), later.end());
        assertTrue(later.inferred());
        assertEquals("2008", later.inferredFrom().replaceAll("\\D", ""));
        TimePeriod decade = claims.get(2).time();
        assertEquals(LocalDate.of(2020, 1, 1), decade.start(), "counted from 2010, the period just told");
        List<ExtractedClaim> days = claims(
                "Gabon and Cameroon closed their border on 4 June 2021. "
                        + "Hours later, Cameroon recalled its ambassador. The next day, Gabon deployed troops along the river.");
        assertEquals(LocalDate.of(2021, 6, 4), days.get(1).time().start());
        assertEquals(LocalDate.of(2021, 6, 5), days.get(2).time().start());
        assertEquals(LocalDate.of(2021, 6, 5), days.get(2).time().end());
        List<ExtractedClaim> months = claims("Latvia and Lithuania signed a grid accord in October 2019. "
                + "The following month, the two operators merged their control rooms. "
                + "The year before, Estonia had left the Soviet-era ring.");
        assertEquals(LocalDate.of(2019, 11, 1), months.get(1).time().start());
        assertEquals(LocalDate.of(2019, 11, 30), months.get(1).time().end());
        assertTrue(months.get(1).time().inferred());
        assertEquals(LocalDate.of(2018, 1, 1), months.get(2).time().start(), "the year before the month just told");
        assertEquals(LocalDate.of(2018, 12, 31), months.get(2).time().end());
    }

    @Test
    void aCountWithoutAPeriodToCountFromOrInsideAClauseGivesNothing() {
        TimePeriod alone = claims("Two years later, a power cable joined the two grids.")
                .get(0)
                .time();
        assertFalse(alone.resolved(), "nothing dated before: kept as written, unresolved");
        assertFalse(alone.inferred());
        assertFalse(
                claims("Finland and Estonia opened a ferry link in 2008. The cable was finished two years later than "
                                + "planned and cost more.")
                        .get(1)
                        .time()
                        .resolved(),
                "\"later than planned\" inside a clause counts from nothing");
        assertNull(
                claims("Finland and Estonia traded more in the 2000s. The same day, the cable failed.")
                        .get(1)
                        .time(),
                "a decade has no \"same day\"");
    }

    @Test
    void thatTotalRefersBackToTheFigureJustDated() {
        List<ExtractedClaim> claims = claims(
                "Trade between Kenya and Tanzania reached $1.2 billion in 2022. Farm goods made up a third of that total.");
        TimePeriod total = claims.get(1).time();
        assertEquals(LocalDate.of(2022, 1, 1), total.start());
        assertTrue(total.inferred());
    }

    @Test
    void sinceThenRunsFromTheTimeJustToldToThePublicationDate() {
        LocalDate published = LocalDate.of(2024, 9, 2);
        List<ExtractedClaim> claims = EXTRACTOR
                .extract(new ArticleInput(
                        "Tunisia and Libya reopened their main border crossing in March 2022. "
                                + "Trade across it has tripled since then. "
                                + "Ever since, traders on both sides have asked for longer opening hours. "
                                + "The governor has backed them ever since he took office.",
                        null,
                        null,
                        null,
                        published))
                .claims();
        for (int i = 1; i <= 2; i++) {
            TimePeriod since = claims.get(i).time();
            assertEquals(LocalDate.of(2022, 3, 1), since.start());
            assertEquals(published, since.end());
            assertTrue(since.inferred());
        }
        TimePeriod office = claims.get(3).time();
        assertTrue(office == null || !office.inferred(), "\"ever since he took office\" names its own start");
        assertNull(
                claims("Tunisia and Libya reopened their main border crossing in March 2022. "
                                + "Trade across it has tripled since then.")
                        .get(1)
                        .time(),
                "no publication date: no end, so no period");
    }

    @Test
    void aBareMonthInAnUndatedArticleTakesTheYearOfTheParagraphsDatedClaim() {
        List<ExtractedClaim> claims = claims("""
                Oman raised its gas exports by a tenth in March 2021. In June, it signed a new supply contract with India.

                In September, the ministry opened a second terminal.
                """);
        TimePeriod june = claims.get(1).time();
        assertEquals(LocalDate.of(2021, 6, 1), june.start());
        assertEquals(LocalDate.of(2021, 6, 30), june.end());
        assertTrue(june.inferred());
        assertFalse(claims.get(2).time().resolved(), "another paragraph: the year stays unknown");
    }

    @Test
    void monthsAndQuartersWithoutAYearInAnUndatedArticleAboutOneYearTakeThatYear() {
        List<ExtractedClaim> claims = claims("""
                Chile's copper exporters agreed in late January 2022 to cap shipments to smelters abroad.

                Between April and June the cap was lifted twice. Chile's mining ministry said its revenue for 2022 \
                would still beat the budget.

                A mining official told this newspaper in October that prices would recover. The next review \
                falls in the fourth quarter.
                """);
        TimePeriod span = starting(claims, "Between April").time();
        assertEquals(LocalDate.of(2022, 4, 1), span.start());
        assertEquals(LocalDate.of(2022, 6, 30), span.end());
        assertTrue(span.inferred());
        TimePeriod october = starting(claims, "A mining official").time();
        assertEquals(LocalDate.of(2022, 10, 1), october.start(), "the year of the article, across paragraphs");
        assertTrue(october.inferred());
        TimePeriod quarter = starting(claims, "The next review").time();
        assertEquals(LocalDate.of(2022, 10, 1), quarter.start());
        assertEquals(LocalDate.of(2022, 12, 31), quarter.end());
    }

    @Test
    void anUndatedArticleAboutSeveralYearsLeavesAMonthWithoutAYearUnresolved() {
        List<ExtractedClaim> claims = claims("""
                Chile's copper exporters agreed in late January 2022 to cap shipments to smelters abroad.

                The cap was lifted in 2023. Chile's mining ministry expects revenue to recover by 2025.

                A mining official told this newspaper in October that prices would recover.
                """);
        assertFalse(starting(claims, "A mining official").time().resolved(), "which October is not known");
    }

    @Test
    void withinHoursIsTheSameDayAndWithinADayTheNext() {
        List<ExtractedClaim> claims = claims("Ghana closed its border with Togo on 12 March 2022. "
                + "Lomé answered within hours, recalling its ambassador. "
                + "Ghana's reply came within a day.");
        assertEquals(LocalDate.of(2022, 3, 12), claims.get(1).time().start());
        assertEquals(LocalDate.of(2022, 3, 12), claims.get(1).time().end());
        assertTrue(claims.get(1).time().inferred());
        assertEquals(LocalDate.of(2022, 3, 13), claims.get(2).time().start());
        assertEquals(LocalDate.of(2022, 3, 13), claims.get(2).time().end());
        List<ExtractedClaim> deadline = claims("Ghana closed its border with Togo on 12 March 2022. "
                + "Togo's diplomats were given 48 hours to leave, and the embassy closed within hours of the order.");
        assertEquals(LocalDate.of(2022, 3, 12), deadline.get(1).time().start(), "the same day");
        List<ExtractedClaim> year = claims("Ghana and Togo signed a customs pact in 2019. "
                + "Lomé answered within hours, recalling its ambassador.");
        assertNull(year.get(1).time(), "hours after a year name no day");
    }

    @Test
    void aCountStartsFromTheAccountNotFromTheNowOfAComparison() {
        List<ExtractedClaim> claims = EXTRACTOR
                .extract(new ArticleInput(
                        "Chile's president landed in Lima on Monday for a two-day visit. "
                                + "It is the first visit by a Chilean leader to Peru since 2015. "
                                + "Hours later, the two presidents signed a fisheries accord.",
                        null,
                        null,
                        null,
                        LocalDate.of(2024, 6, 5)))
                .claims();
        TimePeriod later = claims.get(2).time();
        assertEquals(LocalDate.of(2024, 6, 3), later.start(), "the Monday of the visit, not 2024");
        assertEquals(LocalDate.of(2024, 6, 3), later.end());
        assertTrue(later.inferred());
    }

    @Test
    void atTheTimeReferringBackTakesThePeriodJustToldInItsParagraph() {
        List<ExtractedClaim> claims = claims("In June 2016, Oslo and Reykjavik signed a fisheries accord. "
                + "Trawler owners complained at the time that the quotas were too small.\n\n"
                + "The quotas have since been raised twice.\n\n"
                + "Buyers were paying far more for cod at the time.");
        TimePeriod told = claim(claims, "Trawler owners").time();
        assertNotNull(told, "at the time of the accord just told: " + claims);
        assertTrue(told.inferred());
        assertEquals(LocalDate.of(2016, 6, 1), told.start());
        assertEquals(LocalDate.of(2016, 6, 30), told.end());
        assertNull(claim(claims, "Buyers were paying").time(), "no dated claim in its paragraph");
        List<ExtractedClaim> named = claims("In June 2016, Oslo and Reykjavik signed a fisheries accord. "
                + "Iceland was run by a caretaker cabinet at the time of the election.");
        assertNull(claim(named, "Iceland was run").time(), "\"at the time of\" names its own event");
    }

    @Test
    void whatADocumentSaysTakesTheDaysOfTheMeetingThatIssuedIt() {
        List<ExtractedClaim> claims =
                claims("Andean ministers wrapped up two days of talks in Quito on Friday 14 June 2024"
                        + " with a joint communiqué on river pollution.\n\n"
                        + "Colombia has long pressed for tighter limits on mercury.\n\n"
                        + "The communiqué commits the four governments to shared monitoring stations on the upper Napo.\n\n"
                        + "Mining firms had lobbied against such stations for a decade.");
        TimePeriod told = claim(claims, "The communiqué commits").time();
        assertNotNull(told, "the communiqué issued on Friday: " + claims);
        assertTrue(told.inferred());
        assertEquals(LocalDate.of(2024, 6, 13), told.start());
        assertEquals(LocalDate.of(2024, 6, 14), told.end());
        assertNull(claim(claims, "Mining firms").time(), "what the document says is no step of the account");

        List<ExtractedClaim> backdrop = claims("In 2019 the four governments signed a declaration on river pollution. "
                + "The declaration set no binding limits.");
        assertNull(claim(backdrop, "The declaration set").time(), "a year is the backdrop, not a meeting's days");
        List<ExtractedClaim> named = claims("The ministers signed a joint statement in Quito on 14 June 2024. "
                + "The statement of principles that guides the talks dates from an earlier round.");
        assertNull(claim(named, "The statement of principles").time(), "another document, named by what follows");
    }

    @Test
    void aMarketReportsMoveWithoutATimeIsTheTradingDayOfTheReport() {
        String report = """
                Markets wrap, 3 March 2025

                Oslo's benchmark index shed 0.8% as shipping stocks fell.

                Copper edged up to $9,410 a tonne in London trading.

                The krone was little changed at 11.6 to the euro.

                Copper rose by a third between 2020 and 2023.
                """;
        List<ExtractedClaim> claims = EXTRACTOR
                .extract(new ArticleInput(report, null, null, null, LocalDate.of(2025, 3, 3)))
                .claims();
        for (String move : List.of("Oslo's benchmark index", "Copper edged up", "The krone was")) {
            TimePeriod day = claim(claims, move).time();
            assertNotNull(day, move + ": " + claims);
            assertTrue(day.inferred());
            assertEquals(LocalDate.of(2025, 3, 3), day.start());
            assertEquals(LocalDate.of(2025, 3, 3), day.end());
        }
        assertFalse(claim(claims, "Copper rose").time().inferred(), "a move with its own time keeps it");
        List<ExtractedClaim> undated = claims("Copper edged up to $9,410 a tonne in London trading.");
        assertNull(undated.get(0).time(), "without a publication date there is no trading day");
    }

    @Test
    void anAgeGivenAfterADatedDeathContinuesNoAccount() {
        List<ExtractedClaim> claims = EXTRACTOR
                .extract(new ArticleInput(
                        "Marta Ruiz, who negotiated Chile's first gas deal with Argentina, died in Santiago on Friday."
                                + " She was 71.",
                        null,
                        null,
                        null,
                        LocalDate.of(2024, 3, 4)))
                .claims();
        assertNotNull(claim(claims, "Marta Ruiz").time());
        assertNull(claim(claims, "She was 71").time(), "an age is a state, not a step of Friday's account");
    }
}
