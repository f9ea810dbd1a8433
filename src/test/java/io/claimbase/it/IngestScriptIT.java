package io.claimbase.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * scripts/ingest.sh against the packaged jar, on a folder of mixed files with bad ones among them: every good article
 * is stored, every bad one is named with its file and reason, the exit code says something was invalid, and a second
 * run of the same folder stores nothing twice.
 */
class IngestScriptIT {

    private static final String RUN = UUID.randomUUID().toString();

    private static String page(String name) throws IOException {
        try (InputStream in = IngestScriptIT.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A folder as an analyst has one: texts, pages, JSON exports, an NDJSON dump, and some bad files. */
    private static Path corpus() throws IOException {
        Path dir = Files.createTempDirectory("claimbase-corpus");
        Path sub = Files.createDirectories(dir.resolve("saved/pages"));
        Files.writeString(
                dir.resolve("wire.txt"),
                "India and the United States signed a defence framework in New Delhi on Tuesday. Ref " + RUN + "-1.");
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.writeString(
                sub.resolve("news.html"), page("news.html").replace("Oslo said.", "Oslo said. Ref " + RUN + "-2."));
        Files.writeString(
                sub.resolve("blog.HTM"), page("blog.html").replace("last week.", "last week. Ref " + RUN + "-3."));
        Files.writeString(sub.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Files.writeString(
                dir.resolve("export.json"),
                "{\n  \"text\": \"Qatar and Germany signed a gas contract. Ref " + RUN + "-4.\",\n"
                        + "  \"author\": \"Export Author\",\n  \"publishedOn\": \"2022-11-29\"\n}\n");
        Files.writeString(dir.resolve("broken.json"), "{\"text\": \"unfinished");
        Files.writeString(
                dir.resolve("dump.ndjson"),
                "{\"text\": \"Turkey and Greece resumed talks on the Aegean. Ref " + RUN + "-5.\"}\n"
                        + "{\"text\": \"Russia signed a deal.\", \"colour\": \"red\"}\n"
                        + "\n"
                        + "{\"html\": \"<article><p>Japan and South Korea restored a swap line. Ref " + RUN
                        + "-6.</p></article>\"}\n");
        Files.writeString(dir.resolve("notes.md"), "not an article format: skipped");
        return dir;
    }

    private record Run(int exit, String output) {}

    private static Run ingest(RunningJar jar, Path... paths) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/ingest.sh"));
        for (Path p : paths) {
            command.add(p.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLAIMBASE_URL", jar.baseUri());
        builder.environment().put("CLAIMBASE_TOKEN", Tokens.editor());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }

    @Test
    void theScriptStoresEveryGoodArticleNamesEveryBadOneAndIsIdempotent() throws Exception {
        Path data = Files.createTempDirectory("claimbase-it-ingest");
        Path corpus = corpus();
        try (RunningJar jar = RunningJar.start(
                Map.of("CLAIMBASE_DATA_DIR", data.toString(), "CLAIMBASE_SEEDS_LOAD_AT_START", "false"))) {
            Run first = ingest(jar, corpus);

            assertEquals(1, first.exit(), first.output());
            assertTrue(first.output().contains("9 article(s) sent: 6 created, 0 existing, 4 invalid"), first.output());
            assertTrue(first.output().contains("empty.txt: text: must not be blank"), first.output());
            assertTrue(first.output().contains("menu.html: html: holds no article text"), first.output());
            assertTrue(first.output().contains("dump.ndjson:2: colour: is not a known field"), first.output());
            assertTrue(first.output().contains("broken.json: not one JSON object"), first.output());
            assertTrue(first.output().contains("9/9"), first.output());

            given().baseUri(jar.baseUri())
                    .queryParam("author", "export-author")
                    .get("/articles")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].publishedOn", equalTo("2022-11-29"));

            Run again = ingest(
                    jar,
                    corpus.resolve("wire.txt"),
                    corpus.resolve("saved/pages/news.html"),
                    corpus.resolve("saved/pages/blog.HTM"));

            assertEquals(0, again.exit(), again.output());
            assertTrue(again.output().contains("3 article(s) sent: 0 created, 3 existing, 0 invalid"), again.output());
        }
    }
}
