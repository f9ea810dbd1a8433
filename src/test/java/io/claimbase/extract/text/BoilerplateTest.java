package io.claimbase.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.TestDomain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    private final Boilerplate boilerplate = new Boilerplate(TestDomain.cues().boilerplate());

    private List<String> kept(String raw) {
        List<RawLine> lines = Lines.split(raw);
        boolean[] drop = boilerplate.mark(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.add(lines.get(i).text());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Advertisement",
                "Follow me",
                "Follow us on Twitter",
                "Share this article",
                "Print",
                "Press Ctrl+C to copy",
                "Back to Top",
                "Join the Asia Policy Society",
                "More on this: Why the Arctic matters",
                "More on this:Gas pipeline politics",
                "Read more: The new Silk Road",
                "Latest posts by Jane Doe (see all)",
                "Leave a Reply",
                "Comments are closed.",
                "Your email address will not be published. Required fields are marked",
                "Illustration: Jane Doe",
                "Photo: Reuters",
                "Opinion",
                "This piece was republished from Foreign Policy Focus",
                "This article is based on the author’s paper in the Journal of Eurasian Studies.",
                "fbpx",
                "3",
                "Energy, Trade and industry, International relations, Security | The World, Europe",
                "World | News analysis",
                "Policy Brief | Sanctions and Finance",
                "Home » Asia » Security",
                "VIDEO: How a chip is made, and why Washington wants to control it",
                "Watch: Lula opens the G20 summit",
                "(Reporting by Ana Ruiz in Lima; additional reporting by Tom Berg in Quito; editing by Sam Holt)",
                "Sign up for Andes Weekly, our free newsletter on mining and trade.",
                "Get every new column in your inbox - subscribe to the Harbour Letter",
                "Speak Portuguese in 21 days – try it free!",
                "Cloud storage for teams: start your free trial today",
                "by Maria Costa · 12 March 2024 · 6 min read",
                "Sam Holt | 4 min read"
            })
    void widgetCrumbAndCreditLinesAreBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Turkey and the EU signed a migration deal in March 2016.",
                "Related to this, Ankara demanded visa-free travel.",
                "Sharing the burden of sanctions has proved harder than expected.",
                "Follow-up talks in Ankara are planned for May.",
                "Opinion polls show support for the deal is falling.",
                "The Arctic, the Baltic and the Black Sea are all contested.",
                "Voters signed up in record numbers before the referendum, the commission said.",
                "The ministry said it would try it again next year.",
                "The reading of the treaty took 45 minutes, officials said."
            })
    void articleProseIsNotBoilerplate(String line) {
        assertFalse(boilerplate.isBoilerplate(line), line);
    }

    /** Page furniture of every kind, written for this test: none of it is article text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Comments on this story are now closed.",
                "Commenting has been disabled for this article",
                "The comment section is closed",
                "We have closed comments on this piece.",
                "— The Editorial Board",
                "– Our view",
                "The Editors",
                "The editorial board of the Harbour Courier",
                "This editorial represents the consensus view of the board.",
                "The views expressed here are those of the author alone.",
                "This essay is adapted from a lecture given at the Lisbon Forum in May.",
                "This article was excerpted and condensed from the author's new book, Steppe Powers.",
                "Excerpted with permission from The Long Border by Anna Vidal.",
                "Adapted from the author's testimony to the Senate committee.",
                "This is an edited extract from a longer report.",
                "An earlier version of this commentary appeared in the Northern Review.",
                "The full report is available on our website.",
                "This piece is part of our series on the future of the Arctic.",
                "This article is the third instalment of a five-part series on energy security.",
                "This paper was prepared for the session on Eurasian security at the Vilnius Dialogue.",
                "Part two of a series on Europe's gas dependence",
                "First published in the Baltic Times on 2 May 2024.",
                "Originally published by the Eastbridge Institute, 14 March 2023",
                "Distributed by the Global Commentary Network",
                "Photo by Lena Ruiz / Harbour Press",
                "Image courtesy of the Finnish Navy",
                "Top image: a tanker at anchor off Ust-Luga",
                "Continue reading",
                "Most read: Five charts on the oil cap",
                "More from Europe",
                "Story continues below advertisement",
                "Scroll down to continue reading",
                "Partner content by Nordlight Energy",
                "Sponsored by Meridian Bank",
                "Subscribe today for unlimited access to our journalism",
                "Support our journalism – become a member today.",
                "Download our app to get alerts on breaking news.",
                "Get the Weekly Briefing delivered to your inbox.",
                "Listen to our podcast on Eurasian affairs every Friday.",
                "Stay up to date with our daily newsletter.",
                "Become a member and read without limits.",
                "You're receiving this email because you signed up at northdesk.example.",
                "You are getting this newsletter because you are a member. Unsubscribe",
                "Update your preferences | Unsubscribe",
                "Forward this newsletter to a friend.",
                "Share this briefing with your colleagues | Update preferences",
                "The discussion after the lecture was held under the Chatham House rule."
            })
    void pageFurnitureIsBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }

    /** Sentences that look like furniture but are article text, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The minister's comments were closed to further interpretation, his spokesman said.",
                "The foreign minister declined to comment on the closed-door session.",
                "Comments by the defence minister drew a sharp reply from Beijing.",
                "The editors of the paper refused to print the minister's letter.",
                "The editorial reflects the position of the ruling party, diplomats say.",
                "This is a version of events that Moscow rejects.",
                "Adapted from Soviet designs, the missile has a range of 500 kilometres.",
                "Extracted from shale, the gas is far costlier than Siberian supplies.",
                "This report is one of the first to document the transfers.",
                "First published in 1997, the treaty text was revised twice.",
                "Images by commercial satellites show a build-up at the base.",
                "More from Moscow, the gas flowed west again.",
                "Presented by the minister, the plan won little support.",
                "Support for the alliance among its members has never been higher.",
                "Get the sequencing right and the deal may hold.",
                "Follow-on talks on the members’ budgets stalled in May.",
                "Call it a partnership of convenience: neither side trusts the other.",
                "“Read the treaty before you judge it,” the ambassador told reporters.",
                "The series of drills ended on Friday.",
                "Thousands of readers chose to unsubscribe.",
                "The Chatham House rule lets officials speak freely, and many of them do.",
                "Kyiv forwarded the letter to its friends in Brussels."
            })
    void proseThatLooksLikeFurnitureIsNotBoilerplate(String line) {
        assertFalse(boilerplate.isBoilerplate(line), line);
    }

    /** Editors' notes, greetings, disclaimers and credits of issue #13's second furniture pass, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The conversation has been edited for length.",
                "Her replies were condensed and edited for clarity.",
                "Letters may be trimmed for space.",
                "The minister’s answers were translated from Portuguese.",
                "This note was prepared under the Chatham House Rule.",
                "The seminar took place under the Chatham House rule; no one is quoted by name.",
                "Participants are not identified.",
                "Remarks were not attributed to individual speakers.",
                "Good evening from Tallinn.",
                "Hello everyone, and welcome to the readers who joined this month.",
                "Hi all,",
                "Thanks for reading, and see you on Friday.",
                "Until next week,",
                "This week: the grain corridor and who pays for it.",
                "Today’s lead item: a port deal in trouble.",
                "In this issue: tankers, tariffs and a quiet summit.",
                "This guide is part of our Oceans Explained series.",
                "Footnotes are available in the PDF version of this paper.",
                "The Harbour Ledger’s editorials represent the view of its board.",
                "Nothing in this note constitutes investment advice.",
                "This presentation is not intended as investment advice.",
                "Past performance is not a reliable indicator of future results.",
                "Please read the important disclosures on the last page.",
                "For institutional clients only",
                "Produced by Lena Ortiz.",
                "Episode produced by Sam Ivers and Noor Hale.",
                "Music by Greyharbour.",
                "A full transcript is available to members.",
                "Write to the editors at desk@harbourledger.example.",
                "You have 2 free articles left this week.",
                "This site uses cookies to improve your experience.",
                "By continuing, you accept our cookie policy.",
                "Chart: Grain exports through Odesa, million tonnes, 2021-2025",
                "View this email in your browser",
                "Filed under: Energy, Baltic",
                // sign-offs, calls to write in, pointers to what comes later (2026-12-07)
                "That's all for today.",
                "That was the Evening Dispatch briefing.",
                "I'm Tomas Brandt.",
                "Reply to this newsletter with your questions.",
                "Let us know in the comments.",
                "Updates to follow.",
                "Next issue: ports of the Adriatic.",
                "A video of the session is available to subscribers.",
                "The books mentioned in this episode are listed on our website.",
                // header lines of memos, hearings and courses, and research-note notices
                "Office hours: Mondays, 10–12, Room C3.",
                "Witnesses: the Deputy Minister of Energy; two port operators",
                "Subject: Grain corridor options after the Odesa strike",
                "Prepared by: R. Holm, Policy Unit",
                "Prepared by the research staff of the Tallinn Policy Institute, 2 May 2025",
                "This report is for professional investors only.",
                "Required disclosures and analyst certifications appear at the end of this note.",
                "[07:25] The pipeline question.",
                "By Marta van Dijk.",
                "Northgate Books; 288 pages; $30."
            })
    void editorsNotesGreetingsDisclaimersAndCreditsAreBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }

    /** Article sentences near those shapes, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The treaty text was edited twice before the signing in May.",
                "Russian gas was produced by Gazprom and shipped by rail.",
                "Good harvests this year have eased the pressure on food prices.",
                "Thanks to cheap gas, the smelters kept running through the winter.",
                "This week the ministers will meet again in Astana.",
                "Participants said the talks had made no progress.",
                "The figure has not been confirmed by the ministry.",
                "Investors ignored the central bank’s advice and sold the rouble.",
                "The map of alliances in the region has changed since 2022.",
                "Music by Russian composers was banned from the festival in Vilnius last spring.",
                "I am not persuaded by the ministry's figures.",
                "That is all the more striking because the port is new.",
                "More troops are to follow in the spring, the ministry said.",
                "The witnesses described a chaotic evacuation from the port.",
                "The plan was prepared by the finance ministry over the summer.",
                "Investors in the port lost money when the corridor closed.",
                "By Tuesday the convoy had reached the border.",
                "The final report runs to 300 pages."
            })
    void articleSentencesNearThoseShapesAreKept(String line) {
        assertFalse(boilerplate.isBoilerplate(line), line);
    }

    /** Furniture of show notes, course pages, press releases, transcripts and reference pages, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Subscribe, rate and review the show on any app you like.",
                "Rate, review and share this episode with a friend.",
                "Listen to the whole episode and judge for yourself.",
                "Have your say in our poll at the end of the page.",
                "Readings for next week: Moreau, chapter 2; the 1996 Shanghai agreement.",
                "Office hours move to Monday 10:00-11:00 during exam week.",
                "Notes written up by the tutor, Dr Pia Lund, for those who were absent.",
                "Delivered 14 March 2023.",
                "The recordings of every panel are available to registered delegates.",
                "Full crosstabs and the questionnaire are available to paying members only.",
                "Notes for editors: The Coastal Watch Trust was set up in 2015.",
                "Distribution restricted to board members.",
                "Sources: customs filings, the central bank, field interviews.",
                "Data: port records, satellite imagery.",
                "The Harbour Note is an independent newsletter.",
                "His opinions are his own.",
                "This transcript was generated automatically and has not been checked.",
                "Reproduced by kind permission of the author.",
                "ANNOUNCER: And now, our Monday essay from a Nairobi economist.",
                "This page is about the treaty of 1689.",
                "For later years, see Sino-Japanese trade.",
                "This page was last modified on 2 June.",
                "Content is available under an open licence.",
                "Up next on Harbour Hour: the Danube grain corridor.",
                "More details to follow.",
                "The Harbour Talks are funded by a bequest from former students.",
                "Next month's guest will be named on our events page."
            })
    void furnitureOfShowsCoursesReleasesTranscriptsAndReferencePagesIsBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }

    /** Article sentences close to those shapes, written for this test: they stay. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Subscribers to the pipeline's capacity rate it poorly.",
                "Listen to the generals and you hear a different story.",
                "Ministers will vote in the Senate on the treaty next month.",
                "Reading the treaty closely shows how little it promises.",
                "The notes were delivered to the embassy on 14 March 2023.",
                "Cheap loans are available to farmers who stay on the land.",
                "The recordings show the captain ignored two warnings.",
                "Sources in Moscow say the deal is close.",
                "The data show that exports fell by a third.",
                "Presenter and guest agreed that the truce is fragile.",
                "The ministry is an independent voice on trade, its officials insist.",
                "Her views on the pact are well known in Beijing.",
                "For the Kremlin, seeing Beijing hesitate was a shock.",
                "This treaty is about more than borders.",
                "Next on the agenda is the gas price.",
                "The permission to fly over the strait was revoked in May.",
                "The pipeline is funded by Chinese state banks.",
                "Next year's budget will be announced in October."
            })
    void articleSentencesNearShowCourseAndReferenceFurnitureAreKept(String line) {
        assertFalse(boilerplate.isBoilerplate(line), line);
    }

    /** Furniture of scripts, photo essays, memos, press releases, invitations and newsletters, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[Photo 5] Fishing boats tied up at the harbour wall. The fleet has not sailed since March.",
                "[INTERVIEW — harbour master, subtitled]",
                "[Editor's note: the town is spelled two ways.]",
                "ADVERTISEMENT — Open a savings account with Northgate Bank today.",
                "Advertisement: Baltic Freight — door to door in four days.",
                "Sponsored: Fly to Tbilisi twice a week with Aerokart.",
                "Your details will be stored in line with our privacy policy.",
                "This dispatch appears in the autumn issue of Port Review.",
                "The study was funded by the Varga Trust for Economic Research.",
                "About Elmstead College: Founded in 1902, Elmstead teaches 9,000 students.",
                "Obtained by The Weekly Ledger, which has seen the memo. Names of officials redacted.",
                "Names and call signs removed.",
                "Annexes on shipping data attached separately.",
                "CONFIDENTIAL — FOR THE DELEGATION ONLY",
                "Answered by Professor Ana Lima, who teaches trade law at Lisbon:",
                "And a reminder that you can hear the full interview on our website.",
                "You can stream the whole debate tonight on our app.",
                "Now, the weather.",
                "And now to the sport.",
                "Good morning. Five stories, two charts, one question.",
                "You are receiving The Harbour Note because you signed up on our site.",
                "You are receiving this because you asked. Unsubscribe | Manage preferences",
                "Charts: Harbour Data Desk.",
                "Download the full report (PDF) · Contact the Trade Unit · © Elmstead College",
                "A review of “Ports and Power: The Baltic since 1991”, Harbour Books, London, 288 pp.",
                "The minister meets dockers in Gdynia. (Ledger photo / A. Nowak)"
            })
    void furnitureOfScriptsMemosReleasesAndNewslettersIsBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }

    /** Article sentences close to those shapes, written for this test: they stay. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The conference was organised by the foreign ministry and held in Gdynia.",
                "Sponsored by Beijing, the port has doubled its throughput.",
                "Ad hoc coalitions have formed around the strait.",
                "The new privacy law angered the platforms.",
                "About half of the cargo goes on to Russia.",
                "The tariffs were removed in 2019 after talks in Geneva.",
                "Sanctions on the bank were never removed.",
                "Good morning, the minister said, before walking out of the talks.",
                "Good evening. The ceasefire has collapsed, officials say.",
                "Now the weather is the least of the fleet's problems.",
                "The secret talks in Oman produced a draft.",
                "Contacts between the two navies have grown since 2019.",
                "The study found that exports fell by a third.",
                "Officials answered by pointing to the new treaty."
            })
    void articleSentencesNearScriptMemoAndNewsletterFurnitureAreKept(String line) {
        assertFalse(boilerplate.isBoilerplate(line), line);
    }

    @Test
    void aSpeakerLabelInCapitalsIsCutWhenTheTextNamesTheSpeakerOrItCarriesAVoiceMark() {
        String raw = "Reporter Ana Brandt.\nBRANDT: The quay is quiet.\nNEWSDESK (V/O): Ships wait.\n"
                + "THE VERDICT: Mostly true.\n";
        List<RawLine> lines = Lines.split(raw);
        assertEquals(
                "The quay is quiet.",
                boilerplate.withoutSpeakerLabel(lines.get(1), raw).text());
        assertEquals(
                "Ships wait.",
                boilerplate.withoutSpeakerLabel(lines.get(2), raw).text());
        assertEquals(
                "THE VERDICT: Mostly true.",
                boilerplate.withoutSpeakerLabel(lines.get(3), raw).text());
        RawLine cut = boilerplate.withoutSpeakerLabel(lines.get(1), raw);
        assertEquals("The quay is quiet.", raw.substring(cut.start(), cut.end()));
    }

    @Test
    void aCommentCounterInTheSecondHalfDropsTheCommentsAfterIt() {
        String raw = "The port deal was signed in May.\n\nShipping rates fell by a third after it.\n\n"
                + "Both sides expect more traffic next year, and the rail operators are adding night trains to Riga.\n\n9 Comments\n\nharbour_fan: Great piece. The rates fell "
                + "further in June.\n\nReply\n\nJ. Mendes: Rates always fall in summer.";
        assertEquals(
                List.of(
                        "The port deal was signed in May.",
                        "Shipping rates fell by a third after it.",
                        "Both sides expect more traffic next year, and the rail operators are adding night trains to Riga."),
                kept(raw));
    }

    @Test
    void aHeadlinePrintedAgainWithOtherCaseOrPunctuationIsDropped() {
        String raw =
                "Allies in All but Name\n\nBy Jane Roe\n\nALLIES IN ALL BUT NAME.\n\nThe two navies now drill together.";
        assertEquals(List.of("Allies in All but Name", "By Jane Roe", "The two navies now drill together."), kept(raw));
    }

    @Test
    void aVideoTimestampTakesItsRepeatedCaptionWithIt() {
        String raw = "The talks went well.\n\n02:45\n\nOPEC+ ministers meet in Vienna amid price slump\n\n"
                + "OPEC+ ministers meet in Vienna amid price slump\nSaudi Arabia pressed for deeper cuts.";
        assertEquals(List.of("The talks went well.", "Saudi Arabia pressed for deeper cuts."), kept(raw));
    }

    @Test
    void aTimestampFollowedByASentenceKeepsTheSentence() {
        String raw = "10:30\nThe ministers met at dawn.";
        assertEquals(List.of("The ministers met at dawn."), kept(raw));
    }

    @Test
    void aLineRepeatingTheLineBeforeItIsDropped() {
        String raw = "India and the US Sign a Defence Pact\n\nIndia and the US Sign a Defence Pact\n\nJane Roe\n"
                + "Jane Roe\nThe pact covers logistics.";
        assertEquals(
                List.of("India and the US Sign a Defence Pact", "Jane Roe", "The pact covers logistics."), kept(raw));
    }

    @Test
    void bulletMarkersAreStrippedButTheirTextIsKept() {
        List<RawLine> lines = Lines.split("  • Turkey wants visa-free travel for its citizens in return\nPlain line");
        assertTrue(lines.get(0).bullet());
        assertEquals(
                "Turkey wants visa-free travel for its citizens in return",
                lines.get(0).text());
        assertFalse(lines.get(1).bullet());
    }

    @Test
    void aWireDatelineIsCutOffItsParagraphWithTheRawOffsetsKept() {
        String raw = "WASHINGTON, Nov. 4 (AP) — Voters went to the polls on Tuesday.";
        RawLine line = boilerplate.withoutDateline(Lines.split(raw).get(0));
        assertEquals("Voters went to the polls on Tuesday.", line.text());
        assertEquals("Voters", raw.substring(line.start(), line.start() + 6));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NATO allies met in Brussels (at the alliance's headquarters) on Monday.",
                "The EU (and the UK) – both wary – stayed silent.",
                "Moscow – not Beijing – set the terms."
            })
    void aSentenceThatOnlyLooksLikeADatelineIsKeptWhole(String text) {
        assertEquals(text, boilerplate.withoutDateline(Lines.split(text).get(0)).text());
    }

    @Test
    void aLongLinePrintedTwiceIsACaptionAndBothPrintingsAreDropped() {
        String caption = "Fishing boats wait at the quay in Hammerfest. (Photo: T. Lund)";
        String raw = "The quota talks ended on Friday.\n\n" + caption
                + "\n\nBoth sides kept their catch limits for the coming season.\n\n" + caption
                + "\n\nNorway Holds the Line\n\nThe next round is due in spring.\n\nNorway Holds the Line";
        assertEquals(
                List.of(
                        "The quota talks ended on Friday.",
                        "Both sides kept their catch limits for the coming season.",
                        "Norway Holds the Line",
                        "The next round is due in spring."),
                kept(raw));
    }

    /** Labelled notes, comment and editorial notices and contact lines, written for this test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "About the author: Mira Holt is a fellow in the Institute's energy programme.",
                "Methodology: prices are monthly averages; volumes are summed from customs records.",
                "Editor's note: an earlier version misstated the date of the vote.",
                "Comments are closed on this column.",
                "Comments are now closed for this review.",
                "Our editorials represent the view of the board of The Harbour Ledger.",
                "Got a tip? Email tips@harbour.example and our reporters will follow it up this week."
            })
    void labelledNotesNoticesAndContactLinesAreBoilerplate(String line) {
        assertTrue(boilerplate.isBoilerplate(line), line);
    }
}
