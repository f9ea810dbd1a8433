package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.Tokens;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stems the topic model reads besides the words: the forms of one word share one feature. */
class TopicStemTest {

    @Test
    void theFormsOfOneWordShareAStem() {
        assertEquals("sanct", TopicReader.stem("sanctions"));
        assertEquals("sanct", TopicReader.stem("sanctioned"));
        assertEquals("sanct", TopicReader.stem("sanctioning"));
        assertEquals("negoti", TopicReader.stem("negotiation"));
        assertEquals("negoti", TopicReader.stem("negotiations"));
        assertEquals("drill", TopicReader.stem("drills"));
        assertEquals("tank", TopicReader.stem("tankers"));
        assertEquals("refin", TopicReader.stem("refineries"));
        assertEquals("refin", TopicReader.stem("refiners"));
    }

    @Test
    void aShortWordKeepsItsForm() {
        assertEquals("gas", TopicReader.stem("gas"));
        assertEquals("oils", TopicReader.stem("oils"));
        assertEquals("arms", TopicReader.stem("arms"));
    }

    @Test
    void aSentenceGivesTheStemsOfItsLongerWords() {
        Set<String> features = new LinkedHashSet<>();
        TopicReader.addStems(
                Tokens.of("The coastguard escorted two tankers past 40 fishing boats.")
                        .words(),
                features);
        assertTrue(features.containsAll(Set.of("s:coastguard", "s:escort", "s:tank", "s:fish")), features::toString);
        assertFalse(features.contains("s:the"), features::toString);
        assertFalse(features.stream().anyMatch(f -> f.contains("40")), features::toString);
    }
}
