package io.claimbase.it;

import io.claimbase.support.Tokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as an operator starts it: a separate
 * JVM configured only through environment variables, on a free port, trusting the test tokens ({@link Tokens}).
 * Stopped with SIGTERM, like Kubernetes does; or killed with SIGKILL ({@link #kill()}), like the OOM killer does.
 */
final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String OPERATOR_CURSOR_SECRET = "it-cursor-secret-0123456789abcdefghijklmnopqrstuv";

    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RunningJar start(Map<String, String> environment) throws IOException, InterruptedException {
        RunningJar jar = launch(environment);
        jar.awaitReady(Duration.ofSeconds(90));
        return jar;
    }

    /** Starts the jar without waiting for it to be ready (for starts that are expected to fail). */
    static RunningJar launch(Map<String, String> environment) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the integration tests with `./mvnw verify`");
        }
        int port = freePort();
        Path log = Files.createTempFile("claimbase-jar", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(Tokens.verificationEnvironment());
        // the prod profile refuses the development cursor secret (ProductionDefaultsIT): set one, as an operator must
        builder.environment().put("CLAIMBASE_API_CURSOR_SECRET", OPERATOR_CURSOR_SECRET);
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), port, log);
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the application was not ready within " + timeout + ":\n" + log());
    }

    /** Sends SIGTERM without waiting (for shutdown tests); {@link #close()} then waits for the exit. */
    void terminate() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Sends SIGTERM and waits for a clean exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Sends SIGKILL to the JVM alone (its descendants, if any, are left running) and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
