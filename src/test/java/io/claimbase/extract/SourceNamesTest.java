package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceNamesTest {

    private final Extractor extractor = TestDomain.extractor();

    /** A source as written, and as a reader names it (sentences written for this test). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the historian Marta Lind|Marta Lind",
                "former Danish envoy Jonas Holm|Jonas Holm",
                "Marta Lind of the Nordic Policy Group|Marta Lind",
                "the port authority on Tuesday|the port authority",
                "Your leader last Sunday|Your leader",
                "a customs report published last month|a customs report",
                "Ministers in both capitals like to|Ministers in both capitals",
                "a Latvian official I spoke to in Riga|a Latvian official",
                "Last Friday the Kremlin's envoy|the Kremlin's envoy",
                "figures released by Gazprom|Gazprom",
                "Dr Marta Lind|Marta Lind",
                "Dr. Marta Lind of the Nordic Policy Group|Marta Lind",
                "Economist Jonas Holm|Jonas Holm",
                "former Danish ambassador to Vilnius Jonas Holm|Jonas Holm",
                "your leader of|your leader",
                "the memorandum “|the memorandum",
                "a Latvian official who spoke on condition of anonymity|a Latvian official",
                "President Marta Lind|President Marta Lind",
                // left as they are
                "Analysts at Baltic Capital|Analysts at Baltic Capital",
                "State Bank of Latvia|State Bank of Latvia",
                "director of the National Grid Centre|director of the National Grid Centre",
                "Residents of Narva|Residents of Narva"
            })
    void aSourceIsNamedWithoutRoleInstitutionOrTime(String written, String named) {
        assertEquals(named, SourceNames.named(written));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "he|true",
                "She|true",
                "Her argument|true",
                "Marta Lind|false",
                "Latvia|false",
            })
    void pronounsAndPossessivesReferBack(String source, boolean back) {
        assertEquals(back, SourceNames.refersBack(source));
    }

    @org.junit.jupiter.api.Test
    void aPronounTakesTheNamedSourceBeforeItAndASurnameStaysASurname() {
        Extraction e = extractor.extract(ArticleInput.of("Marta Lind, a port economist in Riga, said the corridor "
                + "was losing cargo. \"Nobody wants to wait three days at the border,\" she said.\n\n"
                + "Lind added that rail tariffs had doubled since spring."));
        assertEquals(
                List.of("Marta Lind", "Marta Lind", "Lind"),
                e.claims().stream().map(c -> c.attribution().source()).toList());
    }
}
