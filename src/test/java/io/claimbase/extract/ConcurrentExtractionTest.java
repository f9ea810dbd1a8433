package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared extractor gives the same results when several threads use it at once. */
class ConcurrentExtractionTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        List<String> articles = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
        Extractor extractor = TestDomain.extractor();
        List<Extraction> expected = articles.stream()
                .map(a -> extractor.extract(ArticleInput.of(a)))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Extraction>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Extraction> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        out.clear();
                        for (String article : articles) {
                            out.add(extractor.extract(ArticleInput.of(article)));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Extraction>> run : runs) {
                assertEquals(expected, run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
