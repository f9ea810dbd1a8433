package io.claimbase.extract.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimbase.extract.ArticleInput;
import io.claimbase.ingest.SeedManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The annotated test set: the seeds' annotations and the articles written for the tests, read strictly. */
public final class GoldSet {

    public static final Path GOLD = Path.of("src/test/resources/gold");
    public static final Path SEEDS = Path.of("seeds");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GoldSet() {}

    /**
     * Every line of every gold and seed file ({@code .txt}, {@code .yaml}): a broad sample of real-looking text for
     * tests that compare two ways of reading the same lines.
     */
    public static List<String> everyLine() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(GOLD), Files.walk(SEEDS))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".txt") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        return lines;
    }

    /**
     * The gold articles the extractor was developed against: the seeds first, then the test articles ({@code extra},
     * then {@code extra-2}, the first held-out set, used for development since), each in file-name order; the
     * held-out articles are not among them.
     */
    public static List<GoldArticle> load() {
        List<GoldArticle> all = new ArrayList<>(read(GOLD.resolve("seeds")));
        all.addAll(read(GOLD.resolve("extra")));
        all.addAll(read(GOLD.resolve("extra-2")));
        return all;
    }

    /**
     * The held-out articles ({@code gold/heldout}): annotated by a reader who neither read nor ran the extractor, and
     * never used to tune it, so their figures say how the extractor does on text it has not seen.
     */
    public static List<GoldArticle> heldOut() {
        return read(GOLD.resolve("heldout"));
    }

    /**
     * A blind set ({@code gold/blind-4}, {@code gold/blind-5}): written and annotated by readers who saw neither the
     * extractor, the domain data nor the earlier sets; its first run is reported in docs/extraction.md "Reading
     * quality" beside the current figures.
     */
    public static List<GoldArticle> blind(String folder) {
        return read(GOLD.resolve(folder));
    }

    /**
     * What the service would be given for this article: the raw text, and for a seed the metadata of its manifest
     * entry as the seed loader gives it (the gold file carries the same values); for a test article nothing but the
     * text, so that metadata extraction is exercised too.
     */
    public static ArticleInput input(GoldArticle article) {
        if (article.file() != null) {
            SeedManifest.Entry meta =
                    SeedManifest.read(SEEDS.resolve("manifest.yaml")).get(article.file());
            if (meta == null) {
                return ArticleInput.of(rawText(article));
            }
            return new ArticleInput(
                    rawText(article),
                    meta.title(),
                    meta.author(),
                    meta.outlet(),
                    meta.publishedOn() == null ? null : parseDay(meta.publishedOn()));
        }
        return ArticleInput.of(article.text());
    }

    public static String rawText(GoldArticle article) {
        if (article.text() != null) {
            return article.text();
        }
        try {
            return Files.readString(SEEDS.resolve(article.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate parseDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.parse(date + "-01-01");
            case 7 -> LocalDate.parse(date + "-01");
            default -> LocalDate.parse(date);
        };
    }

    private static List<GoldArticle> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(GoldSet::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldArticle parse(Path file) {
        try {
            GoldArticle article = YAML.readValue(file.toFile(), GoldArticle.class);
            if (article.file() == null && article.text() == null) {
                throw new IllegalStateException(file + ": neither file nor text");
            }
            return article;
        } catch (IOException e) {
            throw new UncheckedIOException("malformed gold file " + file, e);
        }
    }
}
