package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stems the topic model reads besides the words: the forms of one word share one feature. */
class TopicStemTest {

    @ParameterizedTest
    @CsvSource({
        "sanctions, sanction",
        "sanctioned, sanction",
        "sanctioning, sanction",
        "negotiation, negoti",
        "negotiations, negoti",
        "negotiated, negoti",
        "drills, drill",
        "tankers, tanker",
        "refineries, refineri",
        "refinery, refineri",
        "militaries, militari",
        "military, militari",
        "diplomats, diplomat",
        "diplomatic, diplomat",
        "investments, invest",
        "invested, invest"
    })
    void theFormsOfOneWordShareAStem(String word, String stem) {
        assertEquals(stem, TopicReader.stem(word));
    }

    @Test
    void aWordWithoutASuffixKeepsItsForm() {
        assertEquals("nuclear", TopicReader.stem("nuclear"));
        assertEquals("coastguard", TopicReader.stem("coastguard"));
        assertEquals("arctic", TopicReader.stem("arctic"));
    }

    @Test
    void theStemmerServesThreadsSideBySide() throws Exception {
        List<String> words = List.of("sanctions", "negotiations", "refineries", "militaries", "investments");
        List<String> expected = words.stream().map(TopicReader::stem).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int k = 0; k < 2000; k++) {
                        got = words.stream().map(TopicReader::stem).toList();
                    }
                    return got;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSentenceGivesTheStemsOfItsLongerWords() {
        Set<String> features = new LinkedHashSet<>();
        TopicReader.addStems(
                Tokens.of("The coastguard escorted two tankers past 40 fishing boats.")
                        .words(),
                features);
        assertTrue(features.containsAll(Set.of("s:coastguard", "s:escort", "s:tanker", "s:fish")), features::toString);
        assertFalse(features.contains("s:the"), features::toString);
        assertFalse(features.stream().anyMatch(f -> f.contains("40")), features::toString);
    }
}
