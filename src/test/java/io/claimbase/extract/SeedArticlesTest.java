package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed article through the whole pipeline: no line of web boilerplate (written down here by reading the seeds)
 * becomes a claim or stays in the cleaned text, and every span points at its text.
 */
class SeedArticlesTest {

    /** Boilerplate seen in the seeds: widgets, crumbs, captions, credits, comment forms, republication notes, bios. */
    private static final List<String> BOILERPLATE = List.of(
            "advertisement",
            "follow me",
            "more on this",
            "back to top",
            "join the app society",
            "comments are closed",
            "press ctrl+c",
            "leave a reply",
            "republished from",
            "this piece is based on",
            "free to read and download",
            "latest posts by",
            "illustration:",
            "01:12",
            "03:35",
            "02:27",
            "foreign ministers meet as countries stand",
            "troops massing near ukraine",
            "wants to build up its arctic route",
            "fbpx",
            "alumni media",
            "putin and ci",
            "economics and finance, government",
            "senior fellow with the kennan institute",
            "is associate professor",
            "he won the paul klebnikov",
            "by torrey taussig");

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds"))
                .filter(p -> p.toString().endsWith(".txt"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noBoilerplateBecomesAClaim(Path seed) throws IOException {
        Extraction e = TestDomain.extractor().extract(ArticleInput.of(Files.readString(seed)));
        assertTrue(e.claims().size() >= 20, seed + " has " + e.claims().size() + " claims");
        String cleaned = e.cleanedText().toLowerCase(Locale.ROOT);
        for (String boilerplate : BOILERPLATE) {
            assertFalse(cleaned.contains(boilerplate), seed + " keeps boilerplate: " + boilerplate);
        }
        for (ExtractedClaim claim : e.claims()) {
            assertEquals(
                    claim.text(),
                    e.cleanedText().substring(claim.span().start(), claim.span().end()));
            assertFalse(claim.text().endsWith("?"), "a question is no claim: " + claim.text());
        }
    }
}
