package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.SeedDomain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second shipped question, the EU–China triad, is data only: it reads the test articles written for it
 * ({@code src/test/resources/eu-china}, our own texts) as a reader would.
 */
class EuChinaQuestionTest {

    private static final Extractor EXTRACTOR = Extractor.fromDirectory(SeedDomain.folder());

    static String article(String name) {
        try (InputStream in = EuChinaQuestionTest.class.getResourceAsStream("/eu-china/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"rival, systemic-rival", "competitor, competitor", "partner, partner", "holders, competitor"})
    void eachTestArticleGetsTheLabelAReaderWouldGive(String name, String label) {
        Extraction extraction = EXTRACTOR.extract(new ArticleInput(article(name), null, null, null, null));
        Optional<ExtractedPosition> position = extraction.positions().stream()
                .filter(p -> p.question().equals("eu-china-triad"))
                .findFirst();
        assertTrue(position.isPresent(), name + ": no position; claims " + extraction.claims());
        assertEquals(label, position.get().label(), name + ": " + position.get().rationale());
        assertTrue(
                extraction.positions().stream().noneMatch(p -> p.question().equals("china-russia-alignment")),
                name + " says nothing on China and Russia");
    }

    @Test
    void theReportedViewsAreEvidenceButDoNotDecide() {
        Extraction extraction = EXTRACTOR.extract(new ArticleInput(article("holders"), null, null, null, null));
        ExtractedPosition p = extraction.positions().get(0);
        List<String> reported = p.evidence().stream()
                .filter(e -> e.weight() == 0)
                .map(e -> e.pointsTo())
                .toList();
        assertTrue(reported.contains("systemic-rival"), p.evidence().toString());
        assertTrue(reported.contains("partner"), p.evidence().toString());
    }
}
