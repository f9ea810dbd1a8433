package io.claimbase.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The proof that the contract works for a frontend: the page in {@code openapi/examples/web} (built by Vite in
 * {@code npm run check} just before the integration tests) is served from its own origin and driven in Debian's
 * headless Chromium by {@code browser-test.mjs} (playwright-core) against the packaged jar, on another port and host
 * spelling, with CORS allowing exactly the page's origin. The page's screenshot is written to
 * {@code target/browser/web-example.png} (docs/images/web-example.png is a copy of it).
 */
class BrowserIT {

    private static final Path WEB = Path.of("openapi/examples/web");
    private static final Path SCREENSHOT = Path.of("target/browser/web-example.png");

    @Test
    void thePageShowsTheCardQueriesFromAnotherOriginInHeadlessChromium() throws Exception {
        assumeFalse(
                Boolean.getBoolean("openapi.check.skip"),
                "openapi.check.skip=true: the page is not built (it needs Node 20 and npm)");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(
                Files.isExecutable(chromium),
                chromium + " is missing: install Debian's chromium (`apt-get install chromium`; scripts/test.sh "
                        + "does it on a fresh machine), or point CHROMIUM at a Chromium binary");
        Path dist = WEB.resolve("dist");
        assertTrue(
                Files.exists(dist.resolve("index.html")),
                "the page is not built: `npm run build:web` in openapi/ (the build runs it in npm run check)");

        HttpServer web = serve(dist);
        String origin = "http://127.0.0.1:" + web.getAddress().getPort();
        Files.createDirectories(SCREENSHOT.getParent());
        try (RunningJar jar = RunningJar.start(Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-browser-it").toString(),
                "CLAIMBASE_SEEDS_LOAD_AT_START",
                "true",
                "QUARKUS_HTTP_CORS_ORIGINS",
                origin))) {
            String api = jar.baseUri(); // http://localhost:<port>: another host spelling and port than the page
            Process test = new ProcessBuilder(
                            "node",
                            WEB.resolve("browser-test.mjs").toString(),
                            origin + "/index.html?api=" + api,
                            api,
                            SCREENSHOT.toString())
                    .redirectErrorStream(true)
                    .start();
            boolean finished = test.waitFor(3, TimeUnit.MINUTES);
            String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                test.destroyForcibly().waitFor();
            }
            System.out.println(output);
            assertTrue(finished, "the browser test finished within 3 minutes:\n" + output);
            assertEquals(0, test.exitValue(), output);
            assertTrue(output.contains("the chart draws one mark per author"), output);
            assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page: " + SCREENSHOT);
        } finally {
            web.stop(0);
        }
    }

    /** A static file server for the built page, on a free port of 127.0.0.1. */
    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = name.endsWith(".js")
                    ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : URLConnection.guessContentTypeFromName(name);
            exchange.getResponseHeaders().add("Content-Type", type == null ? "application/octet-stream" : type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
