package io.claimbase.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.SeedDomain;
import io.claimbase.position.Holders.Holder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the source of a reported view becomes its holder: the gazetteer's actor, a vague group, or as written. */
class HoldersTest {

    private static final Holders HOLDERS = new Holders(SeedDomain.get());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Vladimir Putin                                     | Vladimir Putin       | vladimir-putin       | person",
                "Putin                                              | Vladimir Putin       | vladimir-putin       | person",
                "Russian President Vladimir Putin                   | Vladimir Putin       | vladimir-putin       | person",
                "Shoigu                                             | Sergei Shoigu        | sergei-shoigu        | person",
                "European Commission President Ursula von der Leyen | Ursula von der Leyen | ursula-von-der-leyen | person",
                "the Kremlin                                        | Russia               | russia               | country",
                "many Western experts                               | Western experts      |                      | vague",
                "A Chinese official                                 | Chinese officials    |                      | vague",
                "senior officials                                   | officials            |                      | vague",
                "Analysts in Washington                             | analysts             |                      | vague",
                "Russian diplomats in Beijing                       | Russian diplomats    |                      | vague",
                "the Wall Street Journal                            | Wall Street Journal  |                      | source",
            })
    void aSourceBecomesItsHolder(String source, String name, String actor, String kind) {
        Holder holder = HOLDERS.ofSource(source);
        assertEquals(name, holder.name(), source);
        assertEquals(actor, holder.actor(), source);
        assertEquals(kind, holder.kind(), source);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Many Western experts dismiss it as a marriage of convenience. | Western experts",
                "Some analysts argue that the EU and China are competitors.    | analysts",
            })
    void aFramedViewIsTheGroupTheSentenceNames(String sentence, String name) {
        assertEquals(name, HOLDERS.framedBy(sentence).orElseThrow().name());
    }

    @org.junit.jupiter.api.Test
    void theAuthorsOwnSentenceNamesNoHolder() {
        assertTrue(HOLDERS.framedBy("The EU and China are economic competitors first.")
                .isEmpty());
    }
}
