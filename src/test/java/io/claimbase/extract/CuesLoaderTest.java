package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesLoaderTest {

    private static String repoCues() throws IOException {
        return Files.readString(TestDomain.DIR.resolve(Cues.FILE_NAME));
    }

    private static DomainDataException failure(String yaml) {
        return assertThrows(DomainDataException.class, () -> CuesLoader.parse(yaml, "cues.yaml"));
    }

    @Test
    void theRepositoryFileLoadsWithWordsNormalised() {
        Cues cues = TestDomain.cues();
        assertTrue(cues.kind().prediction().contains("is likely to"));
        assertTrue(cues.certainty().negated().contains("n't"));
        assertTrue(cues.sentences().abbreviations().contains("Mr."), "abbreviations keep their case");
        assertTrue(cues.boilerplate().timestamp().matcher("01:12").matches());
    }

    @Test
    void anUnknownKeyIsReportedWithItsLine() throws IOException {
        String yaml = repoCues().replace("  hedged:\n", "  hedgd:\n");
        int line = lineOf(yaml, "  hedgd:") + 1;
        DomainDataException e = failure(yaml);
        assertTrue(e.getMessage().startsWith("cues.yaml:" + line + ": unknown key 'hedgd'"), e.getMessage());
    }

    @Test
    void anInvalidRegularExpressionIsReportedWithItsLine() throws IOException {
        String yaml = repoCues().replace("    - \"advertisement\"\n", "    - \"advert(isement\"\n");
        int line = lineOf(yaml, "advert(isement") + 1;
        DomainDataException e = failure(yaml);
        assertTrue(e.getMessage().startsWith("cues.yaml:" + line + ": invalid regular expression"), e.getMessage());
    }

    @Test
    void aWordWhereAListIsExpectedIsReportedWithItsLine() throws IOException {
        String yaml = repoCues().replace("  prescription:\n    - should\n", "  prescription: should\n");
        int line = lineOf(yaml, "  prescription: should") + 1;
        DomainDataException e = failure(yaml);
        assertTrue(e.getMessage().startsWith("cues.yaml:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("List"), e.getMessage());
    }

    @Test
    void aMissingSectionIsReported() {
        DomainDataException e = failure(
                "kind:\n  prescription: [should]\n  prediction: [will]\n  assessment: [good]\n  fact: [signed]\n");
        assertTrue(e.getMessage().contains("the file is missing 'certainty'"), e.getMessage());
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        DomainDataException e = failure("kind:\n  prescription: [should\n  prediction: [will]\n");
        assertTrue(e.getMessage().matches("cues\\.yaml:\\d+: not valid YAML: .*"), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        DomainDataException e = assertThrows(DomainDataException.class, () -> Cues.fromDirectory(dir));
        assertTrue(e.getMessage().contains(dir.resolve("cues.yaml").toString()), e.getMessage());
    }

    @Test
    void anEmptyListIsReportedWithItsSection() throws IOException {
        String yaml = repoCues().replaceFirst("  roleWords:\n(    - [^\n]*\n)+", "  roleWords: []\n");
        int line = lineOf(yaml, "  roleWords: []") + 1;
        DomainDataException e = failure(yaml);
        assertTrue(
                e.getMessage()
                        .startsWith("cues.yaml:" + line + ": 'roleWords' in section 'metadata' must be a "
                                + "non-empty list"),
                e.getMessage());
    }

    @Test
    void aMissingKeyIsReportedWithItsSection() throws IOException {
        String yaml = repoCues().replaceFirst("  timestamp: [^\n]*\n", "");
        int line = lineOf(yaml, "  lines:") + 1; // a section's errors name the line it starts on
        DomainDataException e = failure(yaml);
        assertEquals("cues.yaml:" + line + ": section 'boilerplate' is missing 'timestamp'", e.getMessage());
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count();
    }
}
