package io.claimbase.ingest;

import io.claimbase.ClaimbaseConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads the seed articles ({@code *.txt} in the seeds folder, with their metadata from {@code manifest.yaml}) at
 * start-up through the ordinary ingest path. Idempotent: a text already stored is recognised by its content hash, so a
 * restart adds and changes nothing.
 */
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    static final String MANIFEST = "manifest.yaml";

    private final ClaimbaseConfig config;
    private final IngestService articles;

    public SeedLoader(ClaimbaseConfig config, IngestService articles) {
        this.config = config;
        this.articles = articles;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!config.seeds().loadAtStart()) {
            return;
        }
        Path folder = config.seeds().directory();
        if (!Files.isDirectory(folder)) {
            LOG.warnf("No seeds folder at %s; nothing loaded", folder.toAbsolutePath());
            return;
        }
        List<NewArticle> seeds = read(folder);
        long started = System.nanoTime();
        List<Boolean> created = VertxContextSupport.subscribeAndAwait(() -> Multi.createFrom()
                .iterable(seeds)
                .onItem()
                .transformToUniAndConcatenate(seed -> articles.ingest(seed).map(IngestService.Ingested::created))
                .collect()
                .asList());
        LOG.infof(
                "Seeds: %d articles in %s, %d new (%d ms)",
                seeds.size(),
                folder,
                created.stream().filter(c -> c).count(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The seed articles in file-name order, each with the metadata the manifest gives for it. */
    static List<NewArticle> read(Path folder) {
        Map<String, SeedManifest.Entry> manifest = SeedManifest.read(folder.resolve(MANIFEST));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(file -> {
                        SeedManifest.Entry meta =
                                manifest.get(file.getFileName().toString());
                        String text = readString(file);
                        return meta == null
                                ? new NewArticle(text, null, null, null, null, null, null, null)
                                : new NewArticle(
                                        text,
                                        null,
                                        meta.title(),
                                        meta.author(),
                                        meta.affiliation(),
                                        meta.outlet(),
                                        meta.url(),
                                        meta.publishedOn());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seeds in " + folder, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + file, e);
        }
    }
}
