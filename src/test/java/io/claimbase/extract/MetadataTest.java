package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata the text states about itself, found when the client gave none; never invented. */
class MetadataTest {

    private final Extractor extractor = TestDomain.extractor();

    private Extraction extract(String raw) {
        return extractor.extract(ArticleInput.of(raw));
    }

    @Test
    void bylineGivesAuthorAndAffiliationAndTheHeadingAboveItIsTheTitle() {
        Extraction e = extract("""
                Energy Desk
                OPEC+ Agrees a Deeper Production Cut

                By Maria Lopez, Senior Analyst at the Oxford Institute for Energy Studies

                September 12, 2018

                Saudi Arabia and Russia agreed on Sunday to cut output by another million barrels a day.
                """);
        Metadata m = e.metadata();
        assertEquals("OPEC+ Agrees a Deeper Production Cut", m.title());
        assertEquals("Maria Lopez", m.author());
        assertEquals("Oxford Institute for Energy Studies", m.affiliation(), "the institution, not the role");
        assertEquals(LocalDate.of(2018, 9, 12), m.publishedOn());
        assertEquals(DatePrecision.DAY, m.publishedPrecision());
        assertFalse(e.cleanedText().contains("By Maria Lopez"), "the byline is metadata, not body");
        assertFalse(e.cleanedText().contains("Energy Desk"), "a crumb above the title is not body");
    }

    @Test
    void writesInTheStandfirstGivesTheAuthorAndTheClaimStaysTheAuthors() {
        Extraction e = extract("""
                9 January 2019

                Ankara and Brussels both claim victory, but the migration deal is fraying, Selin Kaya writes.

                The deal of March 2016 cut crossings to Greece sharply within a year.
                """);
        assertEquals("Selin Kaya", e.metadata().author());
        assertEquals(LocalDate.of(2019, 1, 9), e.metadata().publishedOn());
        assertNull(e.metadata().title(), "no heading in the text: no title is invented");
        assertEquals(Attribution.AUTHOR, e.claims().get(0).attribution());
    }

    @Test
    void aRecurringNameLineWithARoleLineAndATrailingBioAreMetadata() {
        Extraction e = extract("""
                India and the US Sign a Logistics Pact

                The agreement lets each side refuel and repair at the other's bases.
                Delhi had resisted such a pact for more than a decade.

                Ravi Menon
                Follow me

                Ravi Menon

                Visiting Fellow at Carnegie India
                Ravi Menon, a former naval officer, has written on Indian defence policy since 2005. He lives in Delhi.
                """);
        assertEquals("Ravi Menon", e.metadata().author());
        assertEquals("Carnegie India", e.metadata().affiliation());
        assertEquals("India and the US Sign a Logistics Pact", e.metadata().title());
        assertFalse(e.cleanedText().contains("Ravi Menon"), "name lines and bio are not body");
        assertEquals(2, e.claims().size(), "only the two article sentences are claims");
    }

    @Test
    void aTrailingBioGivesAuthorAndAffiliation() {
        Extraction e = extract("""
                Why the Arctic Will Stay Calm

                Russia and China have found common ground on the Northern Sea Route.

                Anna Berg is associate professor of international relations at Uppsala University
                """);
        assertEquals("Anna Berg", e.metadata().author());
        assertEquals("Uppsala University", e.metadata().affiliation());
        assertEquals(1, e.claims().size());
    }

    @Test
    void aRepublicationNoteNamesTheOutletAndABioInAPlaceNamesTheInstitutionOnly() {
        Extraction e = extract("""
                The Gulf Is Hedging

                Riyadh has widened its ties with Beijing without cutting those with Washington.

                Omar Saleh is a senior fellow at the Centre for Gulf Studies in Doha.
                This piece was republished from Gulf Affairs Review.
                """);
        assertEquals("Centre for Gulf Studies", e.metadata().affiliation());
        assertEquals("Gulf Affairs Review", e.metadata().outlet());
        assertEquals(1, e.claims().size());
    }

    @Test
    void aFormerRoleNamesNoCurrentInstitution() {
        Extraction e = extract("""
                Riyadh has widened its ties with Beijing without cutting those with Washington.

                Omar Saleh is an energy analyst based in Dubai and a former adviser to the Gulf Research Council.
                """);
        assertEquals("Omar Saleh", e.metadata().author());
        assertNull(e.metadata().affiliation());
    }

    @Test
    void givenMetadataAlwaysWins() {
        String raw = """
                OPEC+ Agrees a Deeper Production Cut

                By Maria Lopez

                September 12, 2018

                Saudi Arabia and Russia agreed on Sunday to cut output by another million barrels a day.
                """;
        Extraction e = extractor.extract(
                new ArticleInput(raw, "Given title", "Given Author", "Energy Weekly", LocalDate.of(2018, 9, 13)));
        Metadata m = e.metadata();
        assertEquals("Given title", m.title());
        assertEquals("Given Author", m.author());
        assertEquals("Energy Weekly", m.outlet());
        assertEquals(LocalDate.of(2018, 9, 13), m.publishedOn());
    }

    @Test
    void nothingStatedNothingFound() {
        Metadata m = extract("Russia and China held joint naval drills in the Baltic Sea in July 2017.")
                .metadata();
        assertNull(m.title());
        assertNull(m.author());
        assertNull(m.affiliation());
        assertNull(m.publishedOn());
        assertNull(m.publishedPrecision());
    }

    @Test
    void aSectionLabelIsNoTitleAndAJournalistsBeatBioIsNoClaim() {
        Extraction e = extract("""
                Europe | Policy Brief

                Brussels weighs a loan backed by frozen reserves: what it would change for Kyiv

                By Anna Kowalski and Pieter de Vries

                BRUSSELS, March 3 (Eurowire) – The European Commission proposed on Monday to lend Ukraine money backed by immobilised Russian reserves.

                Several member states remain opposed to the plan.

                Anna Kowalski reports on EU institutions from Brussels. Pieter de Vries covers finance for Eurowire.
                """);
        Metadata m = e.metadata();
        assertEquals("Brussels weighs a loan backed by frozen reserves: what it would change for Kyiv", m.title());
        assertEquals("Anna Kowalski and Pieter de Vries", m.author());
        assertEquals(
                List.of(
                        "The European Commission proposed on Monday to lend Ukraine money backed by immobilised "
                                + "Russian reserves.",
                        "Several member states remain opposed to the plan."),
                e.claims().stream().map(c -> c.text()).toList(),
                "no section label, dateline or bio among the claims");
        int start = e.claims().get(0).span().start();
        assertTrue(e.cleanedText().startsWith("The European Commission", start), "the dateline is cut off the body");
    }

    @Test
    void theAuthorsBiosWithAnAppositiveOrAReportersRoleAreNoClaims() {
        for (String bio : List.of(
                "Lucia Ferrer, a former Chilean diplomat, writes on Andean politics.",
                "Lucia Ferrer is the Andes Monitor's trade and customs reporter.",
                // a career bio with a pronoun sentence after it (2026-12-07)
                "Lucia Ferrer spent nine years as a trade negotiator in Lima. She writes a weekly column on the Andes.",
                "Lucia Ferrer, a retired customs officer, led border audits in three countries. She now teaches in "
                        + "Quito.",
                "Lucia Ferrer now chairs the Andean Trade Forum.",
                // a retirement bio with a pronoun sentence after it (2026-12-07)
                "Lucia Ferrer retired as a customs director in 2019 after two decades at the border. She writes on "
                        + "Andean trade.")) {
            Extraction e = extract("""
                    Lima and Quito reopen their border crossings

                    By Lucia Ferrer

                    Peru and Ecuador reopened four border crossings on Friday after a two-year closure.

                    """ + bio + "\n");
            assertEquals("Lucia Ferrer", e.metadata().author(), bio);
            assertEquals(
                    List.of("Peru and Ecuador reopened four border crossings on Friday after a two-year " + "closure."),
                    e.claims().stream().map(c -> c.text()).toList(),
                    bio);
        }
    }

    @Test
    void sectionLabelsAboveTheHeadlineAreNoTitleEvenWithoutAByline() {
        Extraction e = extract("""
                NEWS ANALYSIS · Baltic Sea

                Ferries, cables and pipes: who guards the seabed between Tallinn and Helsinki

                Two cables between Estonia and Finland were cut in one winter, and neither country has a ship to patrol them.
                """);
        assertEquals(
                "Ferries, cables and pipes: who guards the seabed between Tallinn and Helsinki",
                e.metadata().title());
        assertEquals(
                List.of("Two cables between Estonia and Finland were cut in one winter, and neither country has a ship "
                        + "to patrol them."),
                e.claims().stream().map(c -> c.text()).toList());
    }

    @Test
    void aReporterNamedInTheStandfirstAndABeatBioAtTheEndAreTheAuthor() {
        Extraction e = extract("""
                Ports on the Danube are busier than ever, but grain prices tell another story, Mirela Costache reports.

                Barges carried record tonnage through Galati last quarter.

                Share on X | Copy link
                Mirela Costache covers agriculture and shipping from Bucharest.
                """);
        assertEquals("Mirela Costache", e.metadata().author());
        assertEquals(
                List.of(
                        "Ports on the Danube are busier than ever, but grain prices tell another story, Mirela "
                                + "Costache reports.",
                        "Barges carried record tonnage through Galati last quarter."),
                e.claims().stream().map(c -> c.text()).toList());
        assertEquals(Attribution.AUTHOR, e.claims().get(0).attribution());
    }

    @Test
    void aBeatBioAtTheEndGivesTheAuthorWhenNothingElseDoes() {
        Extraction e = extract("""
                Barges carried record tonnage through Galati last quarter.

                Leave a comment
                Mirela Costache covers agriculture and shipping from Bucharest.
                """);
        assertEquals("Mirela Costache", e.metadata().author());
        assertEquals(
                List.of("Barges carried record tonnage through Galati last quarter."),
                e.claims().stream().map(c -> c.text()).toList());
    }

    @Test
    void aBylineWithDotSeparatorsAndAPlaceDatelineGiveAuthorAndDate() {
        Extraction e = extract("""
                Tallinn bets on a second cable

                By Anja Lund · 14 August 2023 · 4 min read

                Estonia ordered a second power cable to Finland last week.
                """);
        assertEquals("Anja Lund", e.metadata().author());
        assertEquals(LocalDate.of(2023, 8, 14), e.metadata().publishedOn());
        Extraction wire = extract("""
                OSLO, 4 March 2023

                Norway extended its gas contract with Poland on Friday.
                """);
        assertEquals(LocalDate.of(2023, 3, 4), wire.metadata().publishedOn());
        assertEquals(
                List.of("Norway extended its gas contract with Poland on Friday."),
                wire.claims().stream().map(c -> c.text()).toList());
    }

    @Test
    void theDayOfAnIssuesMonthFurtherDownIsThePublicationDate() {
        Extraction e = extract("""
                Working Paper No. 7
                October 2024
                Grain corridors after the war scare
                Published 9 October 2024

                Ukraine shipped more grain through its own ports last month than in any month since 2021.
                """);
        assertEquals(LocalDate.of(2024, 10, 9), e.metadata().publishedOn());
        assertEquals(DatePrecision.DAY, e.metadata().publishedPrecision());
        Extraction issue = extract("""
                Working Paper No. 7
                October 2024
                Grain corridors after the war scare

                Ukraine shipped more grain through its own ports than in any month since 2021.
                """);
        assertEquals(LocalDate.of(2024, 10, 1), issue.metadata().publishedOn());
        assertEquals(DatePrecision.MONTH, issue.metadata().publishedPrecision());
    }

    @Test
    void aStandfirstThatEndsWithWritesAndTheNameGivesTheAuthor() {
        Extraction e = extract("""
                The grain corridor has outlived every forecast, writes Mirela Costache.

                Barges carried record tonnage through Galati last quarter.
                """);
        assertEquals("Mirela Costache", e.metadata().author());
    }

    @Test
    void aWireDatelineGluedToTheFirstSentenceGivesTheDateWhenItHasAYear() {
        Extraction e = extract("""
                Lisbon and Rabat open a power link

                LISBON, 6 June 2023 (Coast Wire) – Portugal and Morocco switched on a subsea power cable on Monday.

                Engineers said the link had been tested since the spring.
                """);
        assertEquals(LocalDate.of(2023, 6, 6), e.metadata().publishedOn());
        assertEquals(DatePrecision.DAY, e.metadata().publishedPrecision());
        assertEquals(
                LocalDate.of(2023, 6, 5),
                e.claims().get(0).time().start(),
                "\"on Monday\" resolves against the dateline's date");
        Extraction noYear = extract("""
                LISBON, 6 June (Coast Wire) – Portugal and Morocco switched on a subsea power cable on Monday.
                """);
        assertNull(noYear.metadata().publishedOn(), "a dateline without a year states no publication date");
    }

    @Test
    void aYearLessWireDatelineTakesTheYearOfTheCopyrightLine() {
        Extraction e = extract("""
                Oslo and Helsinki agree on a rail link

                OSLO, 4 March (Nordic Wire) – Norway and Finland agreed on Tuesday to build a rail link to the coast.

                Officials said work would start next year.

                © 2025 Nordic Wire. All rights reserved.
                """);
        assertEquals(LocalDate.of(2025, 3, 4), e.metadata().publishedOn());
        assertEquals(LocalDate.of(2025, 3, 4), e.claims().get(0).time().start(), "\"on Tuesday\" is 4 March 2025");
        Extraction noCopyright = extract("""
                OSLO, 4 March (Nordic Wire) – Norway and Finland agreed on Tuesday to build a rail link to the coast.

                © Nordic Wire. All rights reserved.
                """);
        assertNull(noCopyright.metadata().publishedOn(), "a copyright line without a year gives no year");
    }

    @Test
    void aWireDatelineOnALineOfItsOwnGivesTheDate() {
        Extraction e = extract("""
                Tallinn and Riga share a grid reserve

                TALLINN, 3 March 2026 (Baltic Desk)

                Estonia and Latvia agreed on Monday to pool their emergency power reserves.

                Officials said the pool would be tested over the summer.
                """);
        assertEquals(LocalDate.of(2026, 3, 3), e.metadata().publishedOn());
        assertEquals(
                LocalDate.of(2026, 3, 2),
                e.claims().get(0).time().start(),
                "\"on Monday\" resolves against the dateline's date");
        assertTrue(e.claims().stream().noneMatch(c -> c.text().startsWith("TALLINN")), "the dateline is no claim");
        Extraction noYear = extract("""
                TALLINN, 3 March (Baltic Desk)

                Estonia and Latvia agreed on Tuesday to pool their emergency power reserves.
                """);
        assertNull(noYear.metadata().publishedOn(), "a dateline without a year states no publication date");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HARBOUR & GRAIN WEEKLY\n\nBaltic ports race to take the grain Odesa cannot ship\n\n",
                "Field Notes — a blog on ports and shipping\n\nBaltic ports race to take the grain Odesa cannot ship\n\n",
                "Centre for Maritime Studies – University of Elsmere\n\nHarbour blog\n\n"
                        + "Baltic ports race to take the grain Odesa cannot ship\n\n",
                "The Harbour Ledger\n\nBaltic ports race to take the grain Odesa cannot ship\n\n",
                "Posted in: Ports, Grain\n\nBaltic ports race to take the grain Odesa cannot ship\n\n",
                "For institutional clients only\n\nBaltic ports race to take the grain Odesa cannot ship\n\n"
            })
    void aMastheadAboveTheHeadlineIsNoTitle(String head) {
        Extraction e = extract(
                head + "By Lena Ortiz\n\n"
                        + "Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.\n");
        assertEquals(
                "Baltic ports race to take the grain Odesa cannot ship",
                e.metadata().title());
        assertTrue(
                e.claims().stream().noneMatch(c -> c.text().startsWith("Baltic ports race")),
                "the headline is no claim");
    }

    @Test
    void anInstitutionsNameAboveALongHeadlineGivesWayToIt() {
        Extraction e = extract("""
                Consulate of Estonia, Riga
                News and notices
                3.4.2025

                Consul Maarja Tamm to shipping students: “A port is a promise you renew every morning, not a deal you sign once and forget”

                Consul Maarja Tamm spoke on Tuesday to about 60 students at the maritime academy in Riga.
                """);
        assertEquals(
                "Consul Maarja Tamm to shipping students: “A port is a promise you renew every morning, not a deal you "
                        + "sign once and forget”",
                e.metadata().title());
        assertTrue(e.claims().stream().noneMatch(c -> c.text().startsWith("Consul Maarja Tamm to")));
        assertEquals(1, e.claims().size());
    }

    @Test
    void aNameInAnotherLanguageWithADashIsAMastheadAndALineThatIntroducesWhatFollowsIsNoTitle() {
        Extraction agency = extract("""
                Diario Austral de Noticias — Politics
                Translated from Spanish
                Chile and Peru agree to reopen their busiest border crossing

                SANTIAGO, 4 May (DAN) – The two governments agreed on Friday to reopen the crossing at Chacalluta.
                """);
        assertEquals(
                "Chile and Peru agree to reopen their busiest border crossing",
                agency.metadata().title());
        Extraction letter = extract("""
                This month's letter comes from a reader in Tartu:

                “Will the Baltic grid hold this winter?”

                The grid has held through two winters without Russian power, and it should hold through a third.
                """);
        assertNotEquals(
                "This month's letter comes from a reader in Tartu:",
                letter.metadata().title());
    }

    @Test
    void aFormerGovernmentRoleInATrailingBioIsTheAuthorsBio() {
        Extraction e = extract("""
                The clause we dropped from the Riga speech

                By Jonas Petraitis

                In 2019 we cut the word “unbreakable” from a speech about the Baltic states.

                Jonas Petraitis was a speechwriter at the foreign ministry from 2015 to 2020. He now teaches at a college in Kaunas.
                """);
        assertEquals("Jonas Petraitis", e.metadata().author());
        assertEquals(
                List.of("In 2019 we cut the word “unbreakable” from a speech about the Baltic states."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Words by Lena Ortiz",
                "Text and photographs by Lena Ortiz",
                "By Lena Ortiz in Gdansk",
                "Analyst: Lena Ortiz, Head of Ports Research",
                "Lena Ortiz · Published 4 June 2025"
            })
    void aBylineWithAnotherCreditWordOrAPlaceOrAPublicationDateNamesTheAuthor(String byline) {
        Extraction e = extract(
                "Baltic ports race to take the grain Odesa cannot ship\n\n" + byline + "\n\n"
                        + "Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.\n");
        assertEquals("Lena Ortiz", e.metadata().author());
        assertEquals(1, e.claims().size());
    }

    @Test
    void aMastheadWithNoHeadlineUnderItStaysTheTitle() {
        Extraction e = extract("""
                The Harbour Ledger

                Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.
                """);
        assertEquals("The Harbour Ledger", e.metadata().title());
    }

    @Test
    void aQuestionHeadlineOverTheBodyIsTheTitle() {
        Extraction e = extract("""
                EXPLAINER

                Who pays for the new grain corridor through the Baltic ports?

                The corridor will cost about €400 million over five years, according to the port authorities.

                Who decides the routes?

                A joint committee of the three port authorities sets them each season.
                """);
        assertEquals(
                "Who pays for the new grain corridor through the Baltic ports?",
                e.metadata().title());
    }

    @Test
    void aTwoSentenceHeadlineOverTheBylineIsTheTitle() {
        Extraction e = extract("""
                Opinion | Editorial

                The grain corridor works. It will not last without money.

                By Lena Ortiz

                Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.
                """);
        assertEquals(
                "The grain corridor works. It will not last without money.",
                e.metadata().title());
        assertEquals(1, e.claims().size(), "the headline's sentences are no claims");
    }

    @Test
    void aWireDatelineOnItsOwnLineIsNoTitle() {
        Extraction e = extract("""
                TALLINN, 4 March 2025 (Harbour Wire)

                Estonia and Latvia agreed on Tuesday to pool their emergency power reserves.
                """);
        assertNull(e.metadata().title());
    }

    @Test
    void aShortTitleCaseHeadlineOverALongStandfirstStaysTheTitle() {
        Extraction e = extract("""
                Rivals at the Table

                Behind the summit toasts, the two capitals are bidding against each other for the same ports and pipelines

                Lena Ortiz

                Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.
                """);
        assertEquals("Rivals at the Table", e.metadata().title());
    }

    @Test
    void aPassedOverMastheadLeavesTheBody() {
        Extraction e = extract("""
                Field Notes — a weekly letter on ports, grain, shipping and the people who run them all

                Baltic ports race to take the grain Odesa cannot ship

                Grain exporters in Ukraine have moved a fifth of their shipments to Baltic ports since the spring.
                """);
        assertEquals(
                "Baltic ports race to take the grain Odesa cannot ship",
                e.metadata().title());
        assertFalse(e.cleanedText().contains("Field Notes"));
    }

    @Test
    void aBioWithAnInitialismOrARankAndAReviewersBioUnderABookLineAreNoClaims() {
        Extraction general = extract("""
                The Narrow Sea

                By Tom Reyes

                The two fleets drilled in the strait for a week in June.

                Tom Reyes is a retired U.S. Navy rear admiral who commanded a destroyer squadron. He is a fellow at \
                the Harbor Institute.
                """);
        assertEquals(
                List.of("The two fleets drilled in the strait for a week in June."),
                general.claims().stream().map(c -> c.text()).toList());

        Extraction review = extract("""
                A careful history of the Baltic ports

                The Amber Coast: Trade and Power, 1990–2020
                By Ilse Marten

                Reviewed by Piet Holm

                Ilse Marten traces the ports' rise through three decades of trade. Her account of the 2008 crash is \
                the best chapter.

                Piet Holm teaches economic history at a university in Leiden.
                """);
        assertFalse(
                review.claims().stream().anyMatch(c -> c.text().startsWith("Piet Holm")),
                "the reviewer's bio is no claim");

        Extraction introduced = extract("""
                The port question

                By Ana Lima

                The harbour lost a third of its traffic in 2023.

                Jon Sand, an economist at a bank in Oslo, was unconvinced by the figures.
                """);
        assertTrue(
                introduced.claims().stream().anyMatch(c -> c.text().startsWith("Jon Sand")),
                "a person the body introduces at its end is no bio");
    }
}
