package io.claimbase.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.extract.Span;
import io.claimbase.extract.TestDomain;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter =
            new SentenceSplitter(TestDomain.cues().sentences());

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void abbreviationsAndNumbersDoNotEndSentences() {
        String text = "Mr. Lavrov met the U.S. envoy in Geneva. Trade peaked at $6.86 billion in 2014, "
                + "up 3.5 percent. Dr. Smith disagreed.";
        assertEquals(
                List.of(
                        "Mr. Lavrov met the U.S. envoy in Geneva.",
                        "Trade peaked at $6.86 billion in 2014, up 3.5 percent.",
                        "Dr. Smith disagreed."),
                sentences(text));
    }

    @Test
    void aFootnoteMarkAfterASentenceEndEndsTheSentence() {
        String text = "The port handled 12 million tonnes in 2021.[7] Its owners plan a second berth.[12] "
                + "Article [3] of the charter, cited in note [4] below, says little.";
        assertEquals(
                List.of(
                        "The port handled 12 million tonnes in 2021.[7]",
                        "Its owners plan a second berth.[12]",
                        "Article [3] of the charter, cited in note [4] below, says little."),
                sentences(text));
    }

    @Test
    void aUsTitleBeforeANameStaysInTheSentence() {
        String text = "Merkel glared at an obstinate U.S. President Trump while the others looked on. It was awkward.";
        assertEquals(
                List.of(
                        "Merkel glared at an obstinate U.S. President Trump while the others looked on.",
                        "It was awkward."),
                sentences(text));
    }

    @Test
    void usCanEndASentenceBeforeAUsualOpener() {
        String text = "Moscow has grown closer to Beijing than to the U.S. The reason is simple.";
        assertEquals(
                List.of("Moscow has grown closer to Beijing than to the U.S.", "The reason is simple."),
                sentences(text));
    }

    @Test
    void quotesAndParenthesesStayWithTheirSentence() {
        String text = "Putin called the policy “misguided and futile.” The article does not name Trump. "
                + "Officials said (although nobody confirmed it) that the talks failed. "
                + "“Provocations are a dead-end road,” Putin continued.";
        assertEquals(
                List.of(
                        "Putin called the policy “misguided and futile.”",
                        "The article does not name Trump.",
                        "Officials said (although nobody confirmed it) that the talks failed.",
                        "“Provocations are a dead-end road,” Putin continued."),
                sentences(text));
    }

    @Test
    void anEllipsisInsideAQuotationDoesNotSplitButAClosedQuotationBeforeANewSentenceDoes() {
        String text = "Xi spoke of the “great attractiveness of this meeting…. and comprehensive cooperation.” "
                + "Li said that relations “are at their best in history…” President Xi agreed.";
        assertEquals(
                List.of(
                        "Xi spoke of the “great attractiveness of this meeting…. and comprehensive cooperation.”",
                        "Li said that relations “are at their best in history…”",
                        "President Xi agreed."),
                sentences(text));
    }

    @Test
    void spansAreAbsoluteOffsetsInsideTheGivenRange() {
        String text = "Heading\n\nFirst one here. Second one here.";
        int from = text.indexOf("First");
        List<Span> spans = splitter.split(text, from, text.length());
        assertEquals(List.of(new Span(from, from + 15), new Span(from + 16, text.length())), spans);
    }
}
