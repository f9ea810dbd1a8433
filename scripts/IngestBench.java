import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest load (run by scripts/ingest-bench.sh; plain JDK, no dependencies): CLIENTS threads each POST new articles
 * (distinct texts, so every one is stored) one after another for SECONDS, after a short warm-up. Prints the
 * acknowledged articles per second and the latencies of the acknowledged requests. Usage:
 * java scripts/IngestBench.java BASE_URL SECONDS CLIENTS TOKEN
 */
public class IngestBench {

    private static final String TEXT = "Norway and Russia agreed on Monday to extend their fishing quotas in the"
            + " Barents Sea, officials said. The deal may face sanctions from the United States next year."
            + " Analysts expect exports to grow by 10 percent. Ref ";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        String token = args[3];
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        run(http, base, token, clients, Math.min(5, seconds), null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long acknowledged = run(http, base, token, clients, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "ingest: %d client(s), %.1f s: %d articles acknowledged, %.1f articles/s, %d errors;"
                        + " latency p50 %.1f ms, p99 %.1f ms%n",
                clients,
                elapsed,
                acknowledged,
                acknowledged / elapsed,
                errors.get(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static long run(HttpClient http, String base, String token, int clients, long seconds, List<Long> latencies)
            throws InterruptedException {
        return run(http, base, token, clients, seconds, latencies, new AtomicLong());
    }

    private static long run(
            HttpClient http,
            String base,
            String token,
            int clients,
            long seconds,
            List<Long> latencies,
            AtomicLong errors)
            throws InterruptedException {
        AtomicLong acknowledged = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/articles"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"text\":\"" + TEXT + UUID.randomUUID() + ".\"}"))
                                .build();
                        HttpResponse<String> response =
                                http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        if (response.statusCode() == 201) {
                            acknowledged.incrementAndGet();
                            if (latencies != null) {
                                latencies.add(System.nanoTime() - t0);
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        return acknowledged.get();
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        return sortedNanos.get((int) Math.min(sortedNanos.size() - 1, Math.round(p * (sortedNanos.size() - 1)))) / 1e6;
    }
}
