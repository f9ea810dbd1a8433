import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak load (run by scripts/soak.sh; plain JDK, no dependencies): for a fixed time, WORKERS threads send a mix of
 * writes (new articles, one in four requests) and reads (lists, single articles, authors, full-text search) to the
 * service; every write acknowledged with 201 is remembered. Afterwards each acknowledged article is read back and
 * checked (its marker and title intact). Prints throughput, latencies and the error count.
 * Usage: java scripts/Soak.java BASE_URL SECONDS WORKERS TOKEN
 */
public class Soak {

    private static final Pattern ID = Pattern.compile("\"article\":\\{\"id\":(\\d+)");
    private static final String[] SUBJECTS = {
        "Norway and Russia",
        "India and China",
        "Brazil and Argentina",
        "Japan and South Korea",
        "Turkey and the European Union",
        "Egypt and Ethiopia",
        "Canada and Denmark"
    };

    record Ack(long id, String marker, String title) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[1]);
        int workers = Integer.parseInt(args[2]);
        String token = args[3];
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Long, Ack> acknowledged = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong requests = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    String what = "";
                    try {
                        HttpResponse<String> response;
                        int expected = 200;
                        if (random.nextInt(4) == 0) {
                            String marker = UUID.randomUUID().toString();
                            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                            String title = subject + " talks " + marker.substring(0, 8);
                            String body = "{\"title\":\"" + title + "\",\"author\":\"Soak Writer " + random.nextInt(50)
                                    + "\",\"publishedOn\":\"2024-0" + (1 + random.nextInt(9)) + "\",\"text\":\""
                                    + subject + " agreed on Monday to expand trade in grain and fertiliser, officials"
                                    + " said. The deal may face sanctions from the United States next year."
                                    + " Analysts expect gas exports to grow by 10 percent. Ref " + marker + ".\"}";
                            what = "POST /articles";
                            response = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/articles"))
                                            .timeout(Duration.ofSeconds(60))
                                            .header("Content-Type", "application/json")
                                            .header("Authorization", "Bearer " + token)
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            expected = 201;
                            writes.incrementAndGet();
                            Matcher id = ID.matcher(response.body());
                            if (response.statusCode() == 201 && id.find()) {
                                long articleId = Long.parseLong(id.group(1));
                                acknowledged.put(articleId, new Ack(articleId, marker, title));
                            }
                        } else {
                            List<Long> ids = new ArrayList<>(acknowledged.keySet());
                            String path = switch (random.nextInt(4)) {
                                case 0 -> "/articles?limit=20";
                                case 1 ->
                                    ids.isEmpty() ? "/articles" : "/articles/" + ids.get(random.nextInt(ids.size()));
                                case 2 -> "/authors?limit=50";
                                default ->
                                    "/articles?q="
                                            + SUBJECTS[random.nextInt(SUBJECTS.length)]
                                                    .split(" ")[0];
                            };
                            what = "GET " + path;
                            response = http.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        }
                        if (response.statusCode() != expected) {
                            errors.incrementAndGet();
                            sample(errorSamples, what + " -> " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        sample(errorSamples, what + " -> " + e);
                    }
                    requests.incrementAndGet();
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;

        long missing = 0;
        for (Ack ack : acknowledged.values()) {
            HttpResponse<String> back = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/articles/" + ack.id()))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (back.statusCode() != 200
                    || !back.body().contains(ack.marker())
                    || !back.body().contains("\"title\":\"" + ack.title() + "\"")) {
                missing++;
                sample(errorSamples, "verify " + ack.id() + " -> " + back.statusCode());
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "duration_s=%.1f requests=%d throughput_rps=%.1f writes=%d acknowledged=%d errors=%d"
                        + " verified_intact=%d missing_or_changed=%d latency_ms_p50=%d p95=%d p99=%d max=%d%n",
                elapsed,
                requests.get(),
                requests.get() / elapsed,
                writes.get(),
                acknowledged.size(),
                errors.get(),
                acknowledged.size() - missing,
                missing,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        errorSamples.forEach(s -> System.out.println("error: " + s));
        System.exit(errors.get() == 0 && missing == 0 ? 0 : 1);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static void sample(List<String> samples, String line) {
        if (samples.size() < 10) {
            samples.add(line.length() > 300 ? line.substring(0, 300) : line);
        }
    }
}
