package io.claimbase.extract.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages of src/test/resources/html, written for these tests in the shapes the web has. */
class HtmlReaderTest {

    static byte[] page(String name) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(page(name), StandardCharsets.UTF_8);
    }

    private static void lacks(String text, String... absent) {
        for (String a : absent) {
            assertThat(text, not(containsString(a)));
        }
    }

    @Test
    void aNewsPageGivesItsArticleParagraphsAndNothingOfTheSiteAroundThem() {
        HtmlArticle read = HtmlReader.read(page("news.html"), null);

        assertEquals(text("news.txt").strip(), read.text());
        lacks(read.text(), "Advertisement", "Share on", "Related", "Cod prices", "Home", "cookies", "Sign up");
        lacks(read.text(), "Fish do not know borders", "trawler", "Northern Wire");
    }

    @Test
    void aNewsPageStatesItsMetadataInMetaTagsAndJsonLd() {
        HtmlArticle read = HtmlReader.read(page("news.html"), null);

        assertEquals("Norway and Russia extend Barents Sea fishing deal", read.title());
        assertEquals("Ingrid Halvorsen", read.author());
        assertEquals("Northern Wire", read.outlet());
        assertEquals(LocalDate.of(2024, 3, 5), read.publishedOn());
        assertEquals("https://northernwire.example/2024/03/05/barents-fishing", read.canonicalUrl());
    }

    @Test
    void aBlogPostLeavesItsCommentsAndWidgetsOut() {
        HtmlArticle read = HtmlReader.read(page("blog.html"), null);

        assertThat(read.text(), startsWith("Kazakhstan and Azerbaijan signed another memorandum"));
        assertThat(read.text(), endsWith("carries most of its exports to Europe."));
        lacks(read.text(), "naval blockade", "mark my words", "Leave a Reply", "Share this", "Archives", "Posted on");
        assertEquals(3, read.text().split("\n\n").length);
        assertEquals("Daniyar Seitkali", read.author());
        assertEquals("Steppe Notes", read.outlet());
        assertEquals(LocalDate.of(2023, 11, 20), read.publishedOn());
        assertEquals("Why the Caspian pipeline will not be built – Steppe Notes", read.title());
    }

    @Test
    void aThinkTankPageLeavesItsSidebarAndPdfLinkOutAndTakesTheBylineAsAuthor() {
        HtmlArticle read = HtmlReader.read(page("thinktank.html"), null);

        assertThat(read.text(), startsWith("France completed the withdrawal"));
        assertThat(read.text(), endsWith("military governments of the Sahel."));
        lacks(read.text(), "Programmes", "twelve countries", "Download", "PDF", "Donate", "Senior Fellow");
        assertEquals("Amara Diallo", read.author(), "article:author is a URL: the byline names the author");
        assertEquals(LocalDate.of(2022, 9, 14), read.publishedOn());
        assertEquals("https://csd.example/analysis/sahel-after-withdrawal", read.canonicalUrl());
    }

    @Test
    void aPageWithoutAnArticleElementGivesItsDensestBlock() {
        HtmlArticle read = HtmlReader.read(page("no-article.html"), null);

        assertEquals(
                "Turkey and Greece resumed exploratory talks on the Aegean in Istanbul on Monday, after a"
                        + " break of five years.\n\nNeither side expects a breakthrough. Ankara said it would not"
                        + " accept any limits on its drilling rights in the eastern Mediterranean.\n\nThe talks may"
                        + " reduce the risk of a naval incident this summer, diplomats said.",
                read.text());
        assertEquals("Turkey and Greece hold talks on the Aegean", read.title());
    }

    @Test
    void brokenMarkupIsRepairedAsABrowserWouldAndKeepsEveryParagraph() {
        HtmlArticle read = HtmlReader.read(page("broken.html"), null);

        assertEquals(
                List.of(
                        "Japan and South Korea agreed on Thursday to restore a currency swap arrangement worth 10"
                                + " billion dollars, the finance ministries said.",
                        "The arrangement had lapsed in 2015 after a dispute over history. Both governments said the"
                                + " deal would help stabilise markets.",
                        "Tokyo should now lift its export controls on chemicals for semiconductors, business groups"
                                + " argued."),
                List.of(read.text().split("\n\n")));
        assertEquals("Japan and South Korea restore their swap line", read.title());
    }

    @Test
    void aCharsetDeclaredInAMetaTagDecodesThePage() {
        HtmlArticle read = HtmlReader.read(page("windows-1252.html"), null);

        assertEquals("Élysée and Bundeskanzleramt agree on a fighter jet", read.title());
        assertThat(read.text(), containsString("the Élysée said"));
        assertThat(read.text(), containsString("100 billion euros – the largest"));
        assertThat(read.text(), containsString("the “Franco-German engine”"));
        assertThat(read.html(), containsString("Élysée"));
        lacks(read.html(), "\uFFFD");
    }

    @Test
    void aCharsetFromTheHttpHeaderDecodesThePage() {
        byte[] latin1 = "<p>Les négociations reprennent à Genève.</p>".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(
                "Les négociations reprennent à Genève.",
                HtmlReader.read(latin1, "ISO-8859-1").text());
    }

    @Test
    void aPageReadFromTextGivesWhatItsBytesGive() {
        HtmlArticle fromBytes = HtmlReader.read(page("windows-1252.html"), null);

        assertEquals(fromBytes, HtmlReader.read(fromBytes.html()));
    }

    @Test
    void aPageWithoutTextGivesAnEmptyText() {
        assertEquals(
                "",
                HtmlReader.read("<html><body><nav><a href=/>Home</a></nav></body></html>")
                        .text());
        assertEquals("", HtmlReader.read("").text());
    }

    @Test
    void brokenJsonLdAndImpossibleDatesStateNothing() {
        HtmlArticle read = HtmlReader.read("<script type=application/ld+json>{\"author\": </script>"
                + "<meta property=article:published_time content=2024-02-31><p>Text.</p>");

        assertNull(read.author());
        assertNull(read.publishedOn());
        assertEquals("Text.", read.text());
    }
}
