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
}
