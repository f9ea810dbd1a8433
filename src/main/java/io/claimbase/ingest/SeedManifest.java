package io.claimbase.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code seeds/manifest.yaml}: what a reader found out about each seed text (absent when the text does not say). */
public record SeedManifest(List<Entry> articles) {

    public record Entry(
            String file,
            String title,
            String author,
            String affiliation,
            String outlet,
            String url,
            String publishedOn) {}

    /** The manifest's entries by file name; empty when there is no manifest. Unknown keys are an error. */
    public static Map<String, Entry> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            SeedManifest manifest = yaml.readValue(file.toFile(), SeedManifest.class);
            return manifest.articles() == null
                    ? Map.of()
                    : manifest.articles().stream().collect(Collectors.toMap(Entry::file, Function.identity()));
        } catch (IOException e) {
            throw new IllegalStateException("Malformed seed manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
