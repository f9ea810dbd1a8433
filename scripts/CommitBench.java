import io.claimbase.db.EmbeddedDatabase;
import io.claimbase.db.EmbeddedDatabase.Durability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What durability costs one commit, without the service around it (run by scripts/ingest-bench.sh after the ingest
 * load): the embedded PostgreSQL started as the service starts it (DURABLE) and as the test suite does (SCRATCH), each
 * in a temp dir; for each count in CLIENTS, that many connections insert one small row per transaction for SECONDS.
 * Prints commits/s and latencies. Usage (after a build):
 * java -cp "target/classes:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*" scripts/CommitBench.java
 * SECONDS CLIENTS...
 */
public class CommitBench {

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        for (Durability durability : Durability.values()) {
            Path data = Files.createTempDirectory("claimbase-commit-bench");
            try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, durability)) {
                String url = database.datasourceProperties().get("quarkus.datasource.jdbc.url");
                try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
                    connection.createStatement().execute("create table t (id bigserial primary key, body text)");
                }
                for (int a = 1; a < args.length; a++) {
                    run(url, durability, seconds, Integer.parseInt(args[a]));
                }
            } finally {
                try (var files = Files.walk(data)) {
                    files.sorted(Collections.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static void run(String url, Durability durability, long seconds, int clients) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                        PreparedStatement insert = connection.prepareStatement("insert into t (body) values (?)")) {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        insert.setString(1, "an article's worth of text " + t0);
                        insert.executeUpdate();
                        latencies.add(System.nanoTime() - t0);
                        commits.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "commits: %s, %d connection(s), %.1f s: %.0f commits/s; latency p50 %.2f ms, p99 %.2f ms%n",
                durability,
                clients,
                elapsed,
                commits.get() / elapsed,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }
}
