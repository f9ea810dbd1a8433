package io.claimbase.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's domain data ({@code seeds/domain}), loaded once for all tests. */
public final class SeedDomain {

    private static final DomainModel MODEL = DomainModel.load(folder());

    private SeedDomain() {}

    public static DomainModel get() {
        return MODEL;
    }

    /** {@code seeds/domain} under the project directory (the working directory of Maven's test run). */
    public static Path folder() {
        Path folder = Path.of("seeds", "domain").toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(
                    "no seeds/domain under " + Path.of("").toAbsolutePath());
        }
        return folder;
    }
}
