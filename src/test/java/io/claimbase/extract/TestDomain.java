package io.claimbase.extract;

import java.nio.file.Path;

/** The repository's own domain data (seeds/domain), loaded once for the tests; Surefire runs in the module folder. */
public final class TestDomain {

    public static final Path DIR = Path.of("seeds", "domain");
    private static Cues cues;
    private static Extractor extractor;

    private TestDomain() {}

    public static synchronized Cues cues() {
        if (cues == null) {
            cues = Cues.fromDirectory(DIR);
        }
        return cues;
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.fromDirectory(DIR);
        }
        return extractor;
    }
}
