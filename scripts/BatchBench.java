import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Batch against one-at-a-time ingest (run by scripts/ingest-bench.sh; plain JDK): the same seed-length articles (the
 * seed texts of seeds/, each made distinct by a reference sentence) sent as COUNT one-at-a-time POST /articles by
 * CLIENTS threads, or as one POST /articles/batch streamed on one connection. Prints articles/s, words/s and the
 * service's peak RSS during the run (VmHWM of PID, reset before the run through /proc/PID/clear_refs).
 * Usage: java scripts/BatchBench.java BASE_URL TOKEN PID single CLIENTS COUNT | batch COUNT
 */
public class BatchBench {

    private static final List<String> SEEDS = seeds();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        long pid = Long.parseLong(args[2]);
        String mode = args[3];
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        boolean reset = resetPeak(pid);
        long[] cpuBefore = cpu(pid);
        long started = System.nanoTime();
        long[] done; // articles stored, words in them, failures
        String label;
        if (mode.equals("single")) {
            int clients = Integer.parseInt(args[4]);
            int count = Integer.parseInt(args[5]);
            done = single(http, base, token, clients, count);
            label = clients + " client(s) one at a time";
        } else {
            int count = Integer.parseInt(args[4]);
            done = batch(http, base, token, count);
            label = "1 batch request";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] cpuAfter = cpu(pid);
        System.out.printf(
                "batch-bench: %-27s %5d articles in %6.1f s: %6.1f articles/s, %7.0f words/s, %d failed;"
                        + " service peak RSS %s; CPU ms an article: service %.1f, its PostgreSQL %.1f%n",
                label,
                done[0],
                seconds,
                done[0] / seconds,
                done[1] / seconds,
                done[2],
                peakRss(pid) + (reset ? "" : " (since start: clear_refs not permitted)"),
                (cpuAfter[0] - cpuBefore[0]) / (double) Math.max(1, done[0]),
                (cpuAfter[1] - cpuBefore[1]) / (double) Math.max(1, done[0]));
    }

    /** Article number i: a seed text and a sentence that makes it distinct. */
    static String article(int i) {
        return SEEDS.get(i % SEEDS.size()) + "\n\nReference " + UUID.randomUUID() + " was filed today.";
    }

    static long words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("{\"text\":\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }

    static long[] single(HttpClient http, String base, String token, int clients, int count) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong words = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String text = article((int) i);
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/articles"))
                                        .timeout(Duration.ofSeconds(120))
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", "Bearer " + token)
                                        .POST(HttpRequest.BodyPublishers.ofString(json(text)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            stored.incrementAndGet();
                            words.addAndGet(words(text));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        return new long[] {stored.get(), words.get(), failed.get()};
    }

    /** One request; its body is generated as it is sent (never held whole) and its answer read line by line. */
    static long[] batch(HttpClient http, String base, String token, int count) throws Exception {
        AtomicLong words = new AtomicLong();
        InputStream body = new InputStream() {
            private int i;
            private byte[] line = new byte[0];
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (at == line.length) {
                    if (i == count) {
                        return -1;
                    }
                    String text = article(i++);
                    words.addAndGet(words(text));
                    line = (json(text) + "\n").getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                int n = Math.min(length, line.length - at);
                System.arraycopy(line, at, into, offset, n);
                at += n;
                return n;
            }
        };
        HttpResponse<Stream<String>> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/articles/batch"))
                        .timeout(Duration.ofHours(2))
                        .header("Content-Type", "application/x-ndjson")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        long stored = 0;
        long failed = 0;
        List<String> problems = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains("\"status\":\"created\"")) {
                    stored++;
                } else if (!line.isBlank()) {
                    failed++;
                    if (problems.size() < 3) {
                        problems.add(line);
                    }
                }
            }
        }
        if (response.statusCode() != 200 || !problems.isEmpty()) {
            System.out.println("batch-bench: status " + response.statusCode() + ", e.g. " + problems);
        }
        return new long[] {stored, words.get(), failed};
    }

    /**
     * CPU milliseconds used so far by the service's JVM (PID) and by its PostgreSQL (the postmaster given as
     * BENCH_DB_PID and every process below it, with the CPU of the children they reaped): {jvm, database}. Unlike
     * articles/s, this hardly depends on what else the machine runs.
     */
    static long[] cpu(long pid) {
        long tick = 1000 / 100; // USER_HZ is 100 on Linux
        long jvm = ticks(pid, false);
        long postmaster = Long.parseLong(System.getenv().getOrDefault("BENCH_DB_PID", "-1"));
        long database = ProcessHandle.of(postmaster)
                .map(p -> ticks(p.pid(), true)
                        + p.descendants().mapToLong(d -> ticks(d.pid(), true)).sum())
                .orElse(0L);
        return new long[] {jvm * tick, database * tick};
    }

    private static long ticks(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of proc(5): utime, stime, cutime, cstime (f[0] is field 3)
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String peakRss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return (kb / 1024) + " MiB";
            }
        }
        return "unknown";
    }

    static List<String> seeds() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> texts = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException("run from the repository root (reads seeds/*.txt)", e);
        }
    }
}
