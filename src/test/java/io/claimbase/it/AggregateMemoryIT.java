package io.claimbase.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two aggregate reads under a heap smaller than production's (96 MiB; the pod has 256 MiB) over a corpus whose
 * matching rows do not fit in it many times over: 20 concurrent clients get only 200 answers, each within seconds.
 * Before the reads worked page by page, each request held every matching claim (up to 5,000 on the topic) or every
 * position with its evidence (here 12,000 positions, 36,000 evidence claims) in the heap: the same load gave
 * OutOfMemoryError 500s and stalls of tens of seconds.
 */
class AggregateMemoryIT {

    private static final int CLIENTS = 20;
    private static final int REQUESTS_PER_CLIENT = 6;
    private static final Pattern PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");

    @Test
    void twentyConcurrentAggregateReadsOverALargeCorpusFitASmallHeap() throws Exception {
        Path data = Files.createTempDirectory("claimbase-memory-it");
        try (RunningJar jar = RunningJar.start(Map.of(
                "CLAIMBASE_DATA_DIR", data.toString(), "JAVA_TOOL_OPTIONS", "-Xmx96m -XX:+ExitOnOutOfMemoryError"))) {
            Matcher port = PORT.matcher(jar.log());
            assertTrue(port.find(), jar.log());
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port.group(1) + "/claimbase", "postgres", "")) {
                generate(db);
                awaitDirectionsRead(db, jar);
            }
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            List<String> paths = List.of(
                    "/claims/contrasts?topic=trade&limit=50", "/questions/china-russia-alignment/positions?limit=50");
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        String path = paths.get((first + i) % 2);
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(
                                    HttpRequest.newBuilder(URI.create(jar.baseUri() + path))
                                            .timeout(Duration.ofSeconds(30))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 || !response.body().contains("\"items\":[{")) {
                                failures.add(path + " -> " + response.statusCode() + " "
                                        + response.body()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                300,
                                                                response.body().length())));
                            }
                        } catch (Exception e) {
                            failures.add(path + " -> " + e);
                        }
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            String log = jar.log();
            assertFalse(log.contains("java.lang.OutOfMemoryError"), "the heap ran out:\n" + tail(log));
            assertEquals(List.of(), List.copyOf(failures), () -> "failed requests; log:\n" + tail(log));
            long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
            System.out.printf(
                    "AggregateMemoryIT: %d requests, slowest %d ms, median %d ms%n",
                    millis.size(), slowest, millis.stream().sorted().toList().get(millis.size() / 2));
            assertTrue(slowest < 20_000, "slowest request took " + slowest + " ms");
        }
    }

    /**
     * 12,000 articles of 240 authors, each with a position on the question and three evidence claims, and 6,000
     * claims on trade that move it up or down (so that contrasts exist), in a few seconds of SQL.
     */
    private static void generate(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    insert into author (name, slug)
                    select 'Memory Analyst ' || i, 'memory-analyst-' || i from generate_series(1, 240) i""");
            s.execute("""
                    insert into article (title, author_id, published_on, published_precision, body, raw_body,
                                         content_hash, word_count, extractor_version)
                    select 'Generated analysis ' || g, (select min(id) from author where slug like 'memory-analyst-%')
                               + g % 240, date '2000-01-01' + g % 9000, 'day', 'body ' || g, 'body ' || g,
                           encode(sha256(convert_to('memory-it-' || g, 'UTF8')), 'hex'), 900, 'memory-it'
                    from generate_series(1, 12000) g""");
            s.execute("""
                    insert into claim (article_id, author_id, ordinal, text, span_start, span_end, kind, attribution,
                                       certainty, topics, topic_paths, actors, confidence)
                    select a.id, a.author_id, o,
                           case when o = 0 and a.id % 2 = 0 then 'Bilateral trade between China and Russia grew '
                                    || 'by a quarter last year, as both governments had hoped it would.'
                                when o = 0 then 'Trade between Moscow and Beijing fell sharply last year, and '
                                    || 'officials on both sides expect a weaker year ahead.'
                                else 'China and Russia describe their strategic partnership as deeper than ever '
                                    || 'before, in statement number ' || o || ' of article ' || a.id || '.' end,
                           0, 120, 'assessment', 'author', 'asserted',
                           case when o = 0 then array['trade'] else array['geopolitics.alignment'] end,
                           case when o = 0 then array['trade'] else array['geopolitics', 'geopolitics.alignment'] end,
                           array['china', 'russia'], 0.9
                    from article a, generate_series(0, 2) o where a.extractor_version = 'memory-it'
                      and (o > 0 or a.id % 2 = 0 or a.id % 4 = 1)""");
            s.execute("""
                    with made as (
                        insert into position (question_id, article_id, author_id, label, score, trend, confidence,
                                              rationale)
                        select q.id, a.id, a.author_id, 'strategic-partnership', 2, 'strengthening', 0.7,
                               'generated for the memory test, with a rationale of some length to weigh like one'
                        from article a, question q where a.extractor_version = 'memory-it'
                          and q.slug = 'china-russia-alignment'
                        returning id, article_id)
                    insert into position_evidence (position_id, claim_id, cue, points_to, supports, weight)
                    select m.id, c.id, 'strategic partnership', 'strategic-partnership', true, 1
                    from made m join claim c on c.article_id = m.article_id""");
            s.execute("analyze");
        }
    }

    /**
     * Waits until the service has read the directions of the claims written behind its back: a contrast request
     * reads the first batches and leaves the rest to the background. (Returns at once on a schema without stored
     * readings, for running this test against an older build.)
     */
    private static void awaitDirectionsRead(Connection db, RunningJar jar) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        client.send(
                HttpRequest.newBuilder(URI.create(jar.baseUri() + "/claims/contrasts?topic=trade&limit=1"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Statement s = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery("""
                        select to_regclass('claim_direction_progress') is null
                            or (select read_through from claim_direction_progress) >= (select max(id) from claim)""")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the claims' directions were not read within 60 s");
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 4000));
    }
}
