package io.claimbase.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable, for the embedded PostgreSQL: while clients ingest as fast as they can, the server and the
 * JVM are killed with SIGKILL at the same instant (a container kill, the OOM killer). After a restart on the same data
 * directory every article that was answered 201/200 is there. With zonky's test settings (synchronous_commit=off, the
 * WAL written up to ~600 ms after the answer) the last acknowledged articles were lost.
 */
class CrashDurabilityIT {

    private static final Pattern ID = Pattern.compile("\"article\":\\{\"id\":(\\d+)");
    private static final int CLIENTS = 4;

    @Test
    void everyArticleAcknowledgedBeforeAKillOfServiceAndDatabaseIsThereAfterTheRestart() throws Exception {
        Path data = Files.createTempDirectory("claimbase-crash-pg");
        Map<String, String> env =
                Map.of("CLAIMBASE_DATA_DIR", data.toString(), "CLAIMBASE_SEEDS_LOAD_AT_START", "false");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = Tokens.bearer(Tokens.editor());

        try (RunningJar jar = RunningJar.start(env)) {
            Postmaster postmaster = Postmaster.of(data).orElseThrow();
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch warmedUp = new CountDownLatch(50);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (!killed.get()) {
                        String marker = UUID.randomUUID().toString();
                        try {
                            HttpResponse<String> response = http.send(
                                    post(jar, token, marker),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            Matcher id = ID.matcher(response.body());
                            if ((response.statusCode() == 201 || response.statusCode() == 200) && id.find()) {
                                acknowledged.put(Long.parseLong(id.group(1)), marker);
                                warmedUp.countDown();
                            }
                        } catch (Exception failedByTheKill) {
                            // not acknowledged: nothing is promised about it
                        }
                    }
                    return null;
                });
            }
            assertTrue(warmedUp.await(60, TimeUnit.SECONDS), "50 articles acknowledged within 60 s:\n" + jar.log());
            Thread.sleep(1_500);

            // the database first (so nothing of it flushes on its way out), then the JVM, back to back
            postmaster.killWithChildren();
            jar.kill();
            killed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
            postmaster.awaitGone();
        }

        List<Long> missing = new ArrayList<>();
        try (RunningJar jar = RunningJar.start(env)) {
            for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                URI article = URI.create(jar.baseUri() + "/articles/" + ack.getKey());
                HttpResponse<String> back = http.send(
                        HttpRequest.newBuilder(article)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (back.statusCode() != 200 || !back.body().contains(ack.getValue())) {
                    missing.add(ack.getKey());
                }
            }
            System.out.printf(
                    "[crash] %d articles acknowledged before the kill, %d missing after the restart%n",
                    acknowledged.size(), missing.size());
            assertEquals(
                    List.of(),
                    missing.stream().sorted().toList(),
                    missing.size() + " of " + acknowledged.size()
                            + " acknowledged articles are missing after the kill and restart");
            assertServerIsDurable(Postmaster.of(data).orElseThrow().port());
        }
    }

    /** The settings behind the promise, read from the server the jar started. */
    private static void assertServerIsDurable(int port) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
    }

    private static HttpRequest post(RunningJar jar, String token, String marker) {
        String body = "{\"text\":\"Norway and Russia agreed on Monday to extend their fishing quotas, officials said."
                + " Ref " + marker + ".\"}";
        return HttpRequest.newBuilder(URI.create(jar.baseUri() + "/articles"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
