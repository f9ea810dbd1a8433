package io.claimbase.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Tokens;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Graceful shutdown: a request already being received when SIGTERM arrives is completed and answered (201) before
 * the process exits, and its article is stored.
 */
class GracefulShutdownIT {

    @Test
    void aRequestInFlightAtSigtermCompletes() throws Exception {
        Map<String, String> env = Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-shutdown-pg").toString(),
                "CLAIMBASE_SEEDS_LOAD_AT_START",
                "false");
        try (RunningJar jar = RunningJar.start(env)) {
            byte[] body = ("{\"text\": \"Kenya and Ethiopia opened a new border crossing on Monday. Ref "
                            + UUID.randomUUID() + ".\"}")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("localhost", jar.port())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Authorization: " + Tokens.bearer(Tokens.editor()) + "\r\nContent-Length: "
                                + body.length
                                + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(500);

                jar.terminate();
                Thread.sleep(1_000);
                assertTrue(!jar.awaitExit(Duration.ZERO), "the process waits for the request in flight");

                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String status = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertTrue(status != null && status.startsWith("HTTP/1.1 201"), "answer: " + status + "\n" + jar.log());
            }
            assertTrue(jar.awaitExit(Duration.ofSeconds(60)), "the process exits once the request is done");
        }
    }
}
