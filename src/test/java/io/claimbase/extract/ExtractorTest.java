package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.CleanedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole pipeline on short articles written for these tests. */
class ExtractorTest {

    private static final String MIGRATION_DEAL = """
            Advertisement
            Opinion
            Europe's Migration Deal With Turkey Is Fraying

            By Selin Kaya, Fellow at the Istanbul Policy Center

            21 March 2019

              • The deal cut crossings but Ankara says Brussels has not paid what it promised for refugees
            The EU-Turkey statement of March 2016 cut irregular crossings to the Greek islands by 97 percent.
            According to the European Commission, €6 billion was pledged to support refugees in Turkey.
            Turkish President Recep Tayyip Erdogan said that Ankara would “open the gates” if the money did not arrive.

            Share this article

            04:12

            Migrants wait on the Turkish coast near Izmir

            Migrants wait on the Turkish coast near Izmir

            The EU should pay the remaining funds before the summer. Brussels will probably not renegotiate the deal.
            Mr. Timmermans, the Dutch commissioner, may visit Ankara in April.
            What happens if the deal collapses?
            The Road Ahead
            Visa liberalisation for Turks is no longer on the table.

            More on this: The Aegean crisis explained
            Comments are closed.
            """;

    private final Extractor extractor = TestDomain.extractor();

    private Extraction migration() {
        return extractor.extract(ArticleInput.of(MIGRATION_DEAL));
    }

    private ExtractedClaim claimStartingWith(Extraction e, String start) {
        return e.claims().stream()
                .filter(c -> c.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with: " + start));
    }

    @Test
    void keepsAssertingSentencesAndDropsHeadingsQuestionsAndBoilerplate() {
        List<String> claims =
                migration().claims().stream().map(ExtractedClaim::text).toList();
        assertEquals(
                List.of(
                        "The deal cut crossings but Ankara says Brussels has not paid what it promised for refugees",
                        "The EU-Turkey statement of March 2016 cut irregular crossings to the Greek islands by 97 percent.",
                        "According to the European Commission, €6 billion was pledged to support refugees in Turkey.",
                        "Turkish President Recep Tayyip Erdogan said that Ankara would “open the gates” if the money did not "
                                + "arrive.",
                        "The EU should pay the remaining funds before the summer.",
                        "Brussels will probably not renegotiate the deal.",
                        "Mr. Timmermans, the Dutch commissioner, may visit Ankara in April.",
                        "Visa liberalisation for Turks is no longer on the table."),
                claims);
    }

    @Test
    void aHeadlineRepeatedAsTheFirstBodyLineIsNoClaim() {
        String raw = """
                Moscow and Beijing Drift Apart on Arctic Shipping.

                Russian ports handled fewer Chinese cargoes this summer than last.
                """;
        Extraction e = extractor.extract(
                new ArticleInput(raw, "Moscow and Beijing drift apart on Arctic shipping", null, null, null));
        assertEquals(
                List.of("Russian ports handled fewer Chinese cargoes this summer than last."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void furnitureAroundAnEditorialIsNoClaimButItsSimilarSentencesAre() {
        String raw = """
                Opinion
                The Partnership Has Limits

                This editorial is part of our series on Europe's eastern neighbourhood.

                Moscow and Beijing cooperate where it suits them and no further.
                Call it a partnership of convenience: neither side trusts the other.
                The foreign minister's comments on the pipeline were closed to questions, his office said.

                — The Editorial Board

                This article was adapted from a lecture given at the Tallinn Security Forum.
                Comments on this article are now closed.
                Support our journalism: become a member today.
                """;
        List<String> claims = extractor.extract(ArticleInput.of(raw)).claims().stream()
                .map(ExtractedClaim::text)
                .toList();
        assertEquals(
                List.of(
                        "Moscow and Beijing cooperate where it suits them and no further.",
                        "Call it a partnership of convenience: neither side trusts the other.",
                        "The foreign minister's comments on the pipeline were closed to questions, his office said."),
                claims);
    }

    @Test
    void boilerplateIsOutOfTheCleanedText() {
        String cleaned = migration().cleanedText();
        for (String boilerplate : List.of(
                "Advertisement",
                "Opinion",
                "Share this article",
                "04:12",
                "Migrants wait",
                "More on this",
                "Comments are closed",
                "By Selin Kaya",
                "21 March 2019",
                "•")) {
            assertFalse(cleaned.contains(boilerplate), boilerplate);
        }
        assertTrue(cleaned.startsWith("Europe's Migration Deal With Turkey Is Fraying\n\n"));
    }

    @Test
    void spansAndQuoteSelectorsMatchTheCleanedTextExactly() {
        Extraction e = migration();
        for (ExtractedClaim claim : e.claims()) {
            String text = e.cleanedText();
            assertEquals(
                    claim.text(),
                    text.substring(claim.span().start(), claim.span().end()));
            assertEquals(claim.text(), claim.quote().exact());
            assertTrue(text.substring(0, claim.span().start())
                    .endsWith(claim.quote().prefix()));
            assertTrue(
                    text.substring(claim.span().end()).startsWith(claim.quote().suffix()));
            assertTrue(claim.quote().prefix().length() <= 32
                    && claim.quote().suffix().length() <= 32);
            assertTrue(claim.confidence() > 0 && claim.confidence() <= 1);
        }
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7),
                e.claims().stream().map(ExtractedClaim::ordinal).toList());
    }

    @Test
    void eachClaimHasItsKindCertaintyAndAttribution() {
        Extraction e = migration();
        ExtractedClaim fact = claimStartingWith(e, "The EU-Turkey statement");
        assertEquals(ClaimKind.FACT, fact.kind());
        assertEquals(Certainty.ASSERTED, fact.certainty());
        assertEquals(Attribution.AUTHOR, fact.attribution());

        assertEquals(
                Attribution.reported("the European Commission"),
                claimStartingWith(e, "According to").attribution());
        assertEquals(
                Attribution.reported("Recep Tayyip Erdogan"),
                claimStartingWith(e, "Turkish President").attribution());

        ExtractedClaim prescription = claimStartingWith(e, "The EU should");
        assertEquals(ClaimKind.PRESCRIPTION, prescription.kind());

        ExtractedClaim prediction = claimStartingWith(e, "Brussels will");
        assertEquals(ClaimKind.PREDICTION, prediction.kind());
        assertEquals(Certainty.HEDGED, prediction.certainty(), "\"probably not\": a hedge wins over a negation");

        assertEquals(Certainty.HEDGED, claimStartingWith(e, "Mr. Timmermans").certainty());
        assertEquals(
                Certainty.NEGATED, claimStartingWith(e, "Visa liberalisation").certainty());
    }

    @Test
    void anUnpunctuatedSummaryBulletIsAClaimWithLowerConfidence() {
        Extraction e = migration();
        ExtractedClaim bullet = e.claims().get(0);
        ExtractedClaim sentence = e.claims().get(1);
        assertTrue(bullet.confidence() < sentence.confidence());
    }

    @Test
    void metadataAndVersionAreReported() {
        Extraction e = migration();
        assertEquals("1.13.0", e.extractorVersion());
        assertEquals(
                "Europe's Migration Deal With Turkey Is Fraying", e.metadata().title());
        assertEquals("Selin Kaya", e.metadata().author());
        assertEquals("Istanbul Policy Center", e.metadata().affiliation());
        assertEquals(List.of(), e.positions());
        assertTrue(e.wordCount() > 100 && e.wordCount() < 200, "word count of the cleaned text: " + e.wordCount());
    }

    @Test
    void cleanedOffsetsMapBackToTheSameTextInTheRawArticle() {
        CleanedText cleaned = extractor.clean(MIGRATION_DEAL);
        for (CleanedText.Paragraph p : cleaned.paragraphs()) {
            Span raw = cleaned.offsets().toRaw(p.span());
            assertEquals(
                    cleaned.text().substring(p.span().start(), p.span().end()),
                    MIGRATION_DEAL.substring(raw.start(), raw.end()));
        }
        int inside = cleaned.text().indexOf("97 percent");
        assertEquals(MIGRATION_DEAL.indexOf("97 percent"), cleaned.offsets().toRaw(inside));
    }

    @Test
    void aPronounOrABareQuotationContinuesTheSourceBeforeIt() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Mr. Novak, Russia's deputy prime minister, said Moscow could cut output further. "We will not sell \
                oil to countries that impose a price cap," he said. “The market will decide.”
                Prices rose after the announcement.
                """));
        Attribution novak = Attribution.reported("Novak");
        assertEquals(
                List.of(novak, novak, novak, Attribution.AUTHOR),
                e.claims().stream().map(ExtractedClaim::attribution).toList());
    }

    @Test
    void aQuotationOverSeveralSentencesIsOneVoiceAndABareQuotedParagraphKeepsIt() {
        Extraction e = extractor.extract(ArticleInput.of("""
                “The harbour will reopen in April. The dredging is finished. Nobody should doubt it,” the port \
                director, Ilse Varga, told the council.
                “We have the money for the cranes too.”
                The council voted on the budget an hour later.
                Ms. Varga spoke first. She then added: “The ships are waiting. They will come back.”
                """));
        Attribution varga = Attribution.reported("Ilse Varga");
        // "She then added" takes the source named before her (SourceNames, 2026-12-07)
        assertEquals(
                List.of(varga, varga, varga, varga, Attribution.AUTHOR, Attribution.AUTHOR, varga, varga),
                e.claims().stream().map(ExtractedClaim::attribution).toList());
    }

    @Test
    void anInterviewsAnswersAreTheIntervieweesUnlessTheAuthorNarratesThem() {
        Extraction e = extractor.extract(ArticleInput.of("""
                The canal opened in March after six years of work. We spoke to Marta Quell, who studies shipping at \
                a university in Gdansk, about what comes next.
                Will the canal pay for itself?
                “It will, but only after twenty years. The tolls are far too low for that.”
                What should the government do?
                The ministry should raise the tolls next spring. The port authority said last week that it would \
                study the idea.
                The canal authority publishes its accounts every June.
                """));
        Attribution quell = Attribution.reported("Marta Quell");
        assertEquals(
                Attribution.AUTHOR, claimStartingWith(e, "The canal opened").attribution());
        assertEquals(quell, claimStartingWith(e, "“It will").attribution());
        assertEquals(quell, claimStartingWith(e, "The tolls are").attribution());
        assertEquals(quell, claimStartingWith(e, "The ministry should").attribution());
        assertEquals(
                Attribution.reported("The port authority"),
                claimStartingWith(e, "The port authority").attribution());
        assertEquals(
                Attribution.AUTHOR, claimStartingWith(e, "The canal authority").attribution());

        Extraction narrated = extractor.extract(ArticleInput.of("""
                We spoke to Jon Berg, a harbour pilot, about the winter.
                Was the winter hard?
                Harder than any in ten years, Berg said. The port froze for six weeks in January.
                """));
        assertEquals(
                Attribution.AUTHOR,
                claimStartingWith(narrated, "The port froze").attribution());
    }

    @Test
    void aPhraseThatGoesOnInTheReportedVoiceKeepsItsSource() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Critics in Oslo argue that the fund is too small. In their view, the money will run out by spring. \
                Pensions would be the first casualty, the argument goes.
                The fund, in their words, is a gesture; it was set up in 2019.
                """));
        Attribution critics = Attribution.reported("Critics in Oslo");
        assertEquals(
                List.of(critics, critics, critics, Attribution.AUTHOR),
                e.claims().stream().map(ExtractedClaim::attribution).toList());
    }

    @Test
    void aClaimWithoutATopicOfItsOwnContinuesThePreviousClaimOfItsParagraph() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Norway doubled its gas exports to Poland last winter. Most of it went north again by spring.

                Nobody in Oslo expected that.
                """));
        assertEquals(
                List.of(List.of("energy.gas"), List.of("energy.gas"), List.of()),
                e.claims().stream().map(ExtractedClaim::topics).toList());
    }

    @Test
    void aClaimReadAsAStanceOnAQuestionIsAboutTheQuestionsTopic() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Beijing and Moscow are frenemies in a multipolar world.

                The weather in Vladivostok was mild that week.
                """));
        // "frenemies" is a scale cue of the China-Russia question, no topic cue; the parent "geopolitics" gives way
        assertEquals(
                List.of("geopolitics.alignment"),
                claimStartingWith(e, "Beijing").topics());
        // not a stance: no question topic (the topic model may give it the article's subject, "geopolitics")
        assertFalse(claimStartingWith(e, "The weather").topics().contains("geopolitics.alignment"));
        assertEquals(0, e.positions().get(0).evidence().get(0).claimOrdinal());
    }

    @Test
    void aTopicAddedToAClaimKeepsOnlyTheMostSpecificOnes() {
        ExtractedClaim claim = extractor
                .extract(ArticleInput.of("Great powers compete for gas in the Arctic."))
                .claims()
                .get(0);
        assertEquals(List.of("geopolitics", "energy.gas", "arctic"), claim.topics());
        assertEquals(
                List.of("energy.gas", "arctic", "geopolitics.alignment"),
                claim.withTopic("geopolitics.alignment").topics());
        assertEquals(claim.topics(), claim.withTopic("energy").topics());
        assertEquals(claim.topics(), claim.withTopic("arctic").topics());
    }

    @Test
    void hardWrappedLinesAreRejoinedIntoWholeSentences() {
        String raw = """
                India and the United States signed a logistics agreement in August 2016, allowing
                each side to use the other's bases for refuelling and repair. Delhi had resisted such
                a pact for more than a decade.
                """;
        Extraction e = extractor.extract(ArticleInput.of(raw));
        assertEquals(2, e.claims().size());
        ExtractedClaim first = e.claims().get(0);
        assertTrue(first.text().startsWith("India and the United States")
                && first.text().endsWith("repair."));
        assertEquals(
                first.text(),
                e.cleanedText().substring(first.span().start(), first.span().end()));
        assertEquals(raw.strip(), e.cleanedText(), "the rejoined paragraph is the raw text, offsets exact");
    }

    @Test
    void imperativesThatAssertNothingAreNotClaimsEvenAfterADiscourseWord() {
        Extraction e = extractor.extract(ArticleInput.of("Look at the map. Take the Caspian. Now look south. "
                + "But start with the money. Turkey buys more gas from Azerbaijan every year."));
        assertEquals(
                List.of("Turkey buys more gas from Azerbaijan every year."),
                e.claims().stream().map(c -> c.text()).toList());
    }

    @Test
    void ordersToTheReaderAfterStillOrToAdmitOrAskInsteadAreNoClaims() {
        Extraction e =
                extractor.extract(ArticleInput.of("Still, look at the ledger. Admit the plain truth. Ask instead "
                        + "who pays for the road. Ask the hauliers and they will tell you the road is empty. Still, the "
                        + "corridor carried more grain in May."));
        assertEquals(
                List.of(
                        "Ask the hauliers and they will tell you the road is empty.",
                        "Still, the corridor carried more grain in May."),
                e.claims().stream().map(c -> c.text()).toList());
    }

    @Test
    void aShortVerblessAnswerIsNoClaimButAShortStatementIs() {
        Extraction e = extractor.extract(ArticleInput.of("Has the embargo worked? Far from it. Was it ever meant to? "
                + "Not really. Not all of it was. Perhaps not. Exports to Minsk doubled in a year."));
        assertEquals(
                List.of("Not all of it was.", "Exports to Minsk doubled in a year."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aDismissiveExclamationAndABareConcessionAreNoClaims() {
        Extraction e = extractor.extract(ArticleInput.of("Enough of the hand-wringing. Call it what you will. Call it "
                + "whatever you like, but the pact binds both armies. Enough grain reached Odesa in May."));
        assertEquals(
                List.of(
                        "Call it whatever you like, but the pact binds both armies.",
                        "Enough grain reached Odesa in May."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aShortVerblessReplyToAQuestionIsNoClaimButAShortStatementIs() {
        Extraction e = extractor.extract(ArticleInput.of("What kind of corridor will it be? A narrow one. Who pays? "
                + "The ports pay most. Which route wins? The northern one. Exports to Riga doubled in a year."));
        assertEquals(
                List.of("The ports pay most.", "Exports to Riga doubled in a year."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void callingAThingWhatItIsIsNoClaim() {
        Extraction e = extractor.extract(ArticleInput.of("Call them what they are. Call it what it is, a customs "
                + "union in all but name. Grain reached Riga in May."));
        assertEquals(
                List.of("Call it what it is, a customs union in all but name.", "Grain reached Riga in May."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aNumberedSectionHeadingIsNoClaim() {
        Extraction e = extractor.extract(ArticleInput.of("1. Port costs.\n\nFees at Riga rose by a tenth in a year."
                + "\n\n2) Rail links:\n\n3. Prices fell sharply in May.\n\nThe line to Tallinn reopened in May."));
        assertEquals(
                List.of(
                        "Fees at Riga rose by a tenth in a year.",
                        "3. Prices fell sharply in May.",
                        "The line to Tallinn reopened in May."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void moreImperativeOpenersAssertNothing() {
        Extraction e = extractor.extract(ArticleInput.of("Stop blaming the weather. Read the annex instead. Note the "
                + "dates. Bear in mind who signed. Recall the winter of 2009. Kyiv paid in advance that year."));
        assertEquals(
                List.of("Kyiv paid in advance that year."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aLineInTitleCaseIsAHeadingHoweverLongOrPunctuated() {
        Extraction e = extractor.extract(ArticleInput.of("The Long Thaw: Trade, Rail and Power Across the Caspian "
                + "Basin, 1990–2020\n\nThe Quiet Corridor: Grain, Ports and the Baltic States.\n\nVladimir Putin met "
                + "Xi Jinping in Moscow.\n\nThe Caspian Pipeline Consortium Resumed Loading Of Kazakh Crude."));
        assertEquals(
                List.of("Vladimir Putin met Xi Jinping in Moscow."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void anImperativeWithAClauseOfConsequenceIsAClaim() {
        Extraction e =
                extractor.extract(ArticleInput.of("Look behind the ceremony and the ledger is thin. Read the annex "
                        + "and you will see who pays. Look at the annex and the map. Strip away the toasts and count the "
                        + "tankers. Ask yourself who gains. Tell me in the comments. Kyiv paid in advance that year."));
        assertEquals(
                List.of(
                        "Look behind the ceremony and the ledger is thin.",
                        "Read the annex and you will see who pays.",
                        "Kyiv paid in advance that year."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void anImperativeThatAssertsNothingIsNoClaim() {
        Extraction e = extractor.extract(ArticleInput.of(
                "Compare the crowded summit in Beijing with the empty one in Brussels. Beijing drew 40 leaders."));
        assertEquals(
                List.of("Beijing drew 40 leaders."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aNegativeImperativeIsNoClaimButANegatedStatementIs() {
        Extraction e = extractor.extract(ArticleInput.of("Do not expect a U-turn in Pretoria. Pretoria did not change "
                + "course. Don't count on Brussels either."));
        assertEquals(
                List.of("Pretoria did not change course."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void emptyOrBlankTextGivesAnEmptyExtraction() {
        for (String raw : new String[] {"", "   \n\n  ", "Advertisement\nFollow me"}) {
            Extraction e = extractor.extract(ArticleInput.of(raw));
            assertEquals("", e.cleanedText());
            assertEquals(0, e.wordCount());
            assertEquals(List.of(), e.claims());
        }
    }

    @Test
    void signpostsAndPointersToWhatFollowsAreNoClaimsButAReasonIs() {
        Extraction e = extractor.extract(ArticleInput.of("The truce took hold at dawn on Monday. Here is how it "
                + "unfolded. Here's what the deal says, and what it leaves out. Here is why that matters more than "
                + "the text. Read on for what it does, and what it does not. Stay with us for updates."));
        assertEquals(
                List.of("The truce took hold at dawn on Monday.", "Here is why that matters more than the text."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aTranscriptsLabelledAnswerAfterAQuestionIsAllTheSpeakers() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Ines Varga runs the port of Constanta, where grain traffic doubled last year.
                Q: Can the port keep up?
                Varga: Only just. We added two berths in May, and the rail link opens next year.
                The rail link was first promised in 2015.
                Methodology: volumes are summed from customs records.
                """));
        Attribution varga = Attribution.reported("Varga");
        assertEquals(varga, claimStartingWith(e, "We added two berths").attribution());
        assertEquals(Attribution.AUTHOR, claimStartingWith(e, "Ines Varga runs").attribution());
        assertEquals(
                Attribution.AUTHOR,
                claimStartingWith(e, "The rail link was first").attribution());
    }

    @Test
    void anOrderAfterAFrontedClauseOfTimeOrConditionIsNoClaim() {
        Extraction e = extractor.extract(ArticleInput.of("So the next time a minister promises a new corridor, ask "
                + "who will pay for it. When the quarterly figures come out, look at the tanker counts. If the talks "
                + "fail, prices will rise by winter. When the port reopens, look closer and the picture changes."));
        assertEquals(
                List.of(
                        "If the talks fail, prices will rise by winter.",
                        "When the port reopens, look closer and the picture changes."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void announcingHowTheAuthorWillSpeakIsNoClaimButWhatFollowsAColonIs() {
        Extraction e = extractor.extract(ArticleInput.of("Let me be frank. So let me put the case again, since the "
                + "minister has asked for it. Let me be plain: the corridor is already full. Let me say that the "
                + "treaty binds nobody."));
        assertEquals(
                List.of("Let me be plain: the corridor is already full.", "Let me say that the treaty binds nobody."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aVerblessPointerToTheNextStepIsNoClaimButAShortSentenceWithAVerbIs() {
        Extraction e = extractor.extract(ArticleInput.of(
                "Start with the tolls. Then the ferries. Next, the railways. " + "Then the ferries stopped."));
        assertEquals(
                List.of("Then the ferries stopped."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aPointerToTheAuthorsViewAndANameLeftToTheReadersTasteAreNoClaims() {
        Extraction e = extractor.extract(ArticleInput.of("Here is my blunt assessment. Here's our take. Call it a "
                + "condominium if you like. Here is my view of the ports: they are full. Call it a condominium if you "
                + "like, but the two navies share the strait."));
        assertEquals(
                List.of(
                        "Here is my view of the ports: they are full.",
                        "Call it a condominium if you like, but the two navies share the strait."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aSubjectAndItsVerbAreAStatementOfTwoWordsButAVerblessPairIsNot() {
        Extraction e = extractor.extract(ArticleInput.of("Will the tariff hold? Probably not. Farmers complain. "
                + "She shrugs. Very little. Good evening. Exporters did. Thanks all. Bankers rarely."));
        assertEquals(
                List.of("Farmers complain.", "She shrugs.", "Exporters did."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void anUnpunctuatedBulletWithAVerbIsAClaimButAShortLabelIsNot() {
        Extraction e = extractor.extract(ArticleInput.of("""
                The ministry published its figures on Monday.

                • Grain exports through Constanta rose by a fifth in May
                • Ports and rail
                • Key dates for the corridor
                """));
        assertEquals(
                List.of(
                        "The ministry published its figures on Monday.",
                        "Grain exports through Constanta rose by a fifth in May"),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aScriptsSpeakerLabelInCapitalsIsCutAndItsDirectionsInBracketsAreDropped() {
        Extraction e = extractor.extract(ArticleInput.of("""
                Reporter Ana Brandt has been to the port.

                [STUDIO — BRANDT, live]
                BRANDT (V/O): Cranes stand idle along the quay.
                BRANDT: Few expect the strike to end soon.
                [Photo 3] A crane driver waits at the gate. The strike began in May.
                THE VERDICT: The port will reopen in June.
                """));
        assertEquals(
                List.of(
                        "Reporter Ana Brandt has been to the port.",
                        "Cranes stand idle along the quay.",
                        "Few expect the strike to end soon.",
                        "THE VERDICT: The port will reopen in June."),
                e.claims().stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void aPrescriptionDescribesNoEventButAReportOfTheSameEventDoes() {
        Extraction e = extractor.extract(ArticleInput.of("Norway and Iceland signed a fisheries agreement in Reykjavik "
                + "on Monday. It is time for both governments to sign a second agreement on the capelin stock before "
                + "the winter season opens."));
        assertEquals("deal", claimStartingWith(e, "Norway and Iceland signed").eventType());
        ExtractedClaim advice = claimStartingWith(e, "It is time for");
        assertEquals(ClaimKind.PRESCRIPTION, advice.kind());
        assertEquals(null, advice.eventType());
    }

    @Test
    void anAssessmentThatHedgesOrDeniesWhatAnEventMeansDescribesNone() {
        Extraction e = extractor.extract(ArticleInput.of("The Danish and Norwegian navies held a joint exercise off "
                + "Bornholm in May. The exercise was probably a message to domestic audiences rather than to Moscow. "
                + "The exercise was not a rehearsal for war, whatever the tabloids wrote."));
        assertEquals(
                "exercise", claimStartingWith(e, "The Danish and Norwegian").eventType());
        ExtractedClaim hedged = claimStartingWith(e, "The exercise was probably");
        assertEquals(ClaimKind.ASSESSMENT, hedged.kind());
        assertEquals(Certainty.HEDGED, hedged.certainty());
        assertEquals(null, hedged.eventType());
        ExtractedClaim denied = claimStartingWith(e, "The exercise was not");
        assertEquals(ClaimKind.ASSESSMENT, denied.kind());
        assertEquals(Certainty.NEGATED, denied.certainty());
        assertEquals(null, denied.eventType());
    }
}
