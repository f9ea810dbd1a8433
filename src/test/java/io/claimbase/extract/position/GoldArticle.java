package io.claimbase.extract.position;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.claimbase.extract.Attribution;
import io.claimbase.extract.Certainty;
import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.QuoteSelector;
import io.claimbase.extract.Span;
import io.claimbase.extract.TimePeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One annotated article of the gold set (src/test/resources/gold): its raw text, its claims as annotated and the
 * positions a reader wrote down.
 */
record GoldArticle(String name, String rawText, List<ExtractedClaim> claims, List<GoldPosition> positions) {

    private static final String HELD_OUT = "heldout";
    /** The blind sets ({@code blind-4}, {@code blind-5}, ...): each evaluated on its own, never development data. */
    private static final String BLIND = "blind-";

    /** The training sets written for the learned models ({@code train-21}, ...): not development data either. */
    private static final String TRAINING = "train-";

    record GoldPosition(String question, String label, Double score, String trend, List<String> evidence) {}

    private static final YAMLMapper YAML = new YAMLMapper();

    /** The development set: every gold file but the held-out, blind and training ones (see {@link #heldOut}). */
    static List<GoldArticle> all(Path goldFolder, Path seedsFolder) {
        Path heldOut = goldFolder.resolve(HELD_OUT);
        try (Stream<Path> files = Files.walk(goldFolder)) {
            return files.filter(p ->
                            p.toString().endsWith(".yaml") && !p.startsWith(heldOut) && !inSetOfItsOwn(goldFolder, p))
                    .sorted()
                    .map(p -> read(p, seedsFolder))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The held-out articles, annotated without seeing the extractor and never used to tune it. */
    static List<GoldArticle> heldOut(Path goldFolder, Path seedsFolder) {
        return folder(goldFolder.resolve(HELD_OUT), seedsFolder);
    }

    /** A blind set: {@code gold/blind-4}, {@code gold/blind-5}. */
    static List<GoldArticle> blind(Path goldFolder, Path seedsFolder, String set) {
        return folder(goldFolder.resolve(set), seedsFolder);
    }

    private static boolean inSetOfItsOwn(Path goldFolder, Path file) {
        Path relative = goldFolder.relativize(file);
        String folder = relative.getName(0).toString();
        return relative.getNameCount() > 1 && (folder.startsWith(BLIND) || folder.startsWith(TRAINING));
    }

    private static List<GoldArticle> folder(Path folder, Path seedsFolder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> read(p, seedsFolder))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldArticle read(Path file, Path seedsFolder) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            String raw = root.hasNonNull("text")
                    ? root.get("text").asText()
                    : Files.readString(seedsFolder.resolve(root.get("file").asText()));
            List<ExtractedClaim> claims = new ArrayList<>();
            for (JsonNode c : root.path("claims")) {
                claims.add(claim(claims.size(), c));
            }
            List<GoldPosition> positions = new ArrayList<>();
            for (JsonNode p : root.path("positions")) {
                List<String> evidence = new ArrayList<>();
                p.path("evidence").forEach(e -> evidence.add(e.get("text").asText()));
                positions.add(new GoldPosition(
                        p.get("question").asText(),
                        p.get("label").asText(),
                        p.hasNonNull("score") ? p.get("score").asDouble() : null,
                        p.path("trend").asText(null),
                        evidence));
            }
            return new GoldArticle(file.getFileName().toString(), raw, claims, positions);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static ExtractedClaim claim(int ordinal, JsonNode c) {
        String text = c.get("text").asText();
        Attribution attribution = "reported".equals(c.path("attribution").asText())
                ? Attribution.reported(c.path("source").asText(null))
                : Attribution.AUTHOR;
        List<String> actors = new ArrayList<>();
        c.path("actors").forEach(a -> actors.add(a.asText()));
        List<String> topics = new ArrayList<>();
        c.path("topics").forEach(t -> topics.add(t.asText()));
        return new ExtractedClaim(
                ordinal,
                text,
                new Span(0, text.length()),
                new QuoteSelector(text, "", ""),
                ClaimKind.valueOf(c.path("kind").asText("assessment").toUpperCase(Locale.ROOT)),
                attribution,
                Certainty.valueOf(c.path("certainty").asText("asserted").toUpperCase(Locale.ROOT)),
                topics,
                c.path("event").asText(null),
                actors,
                time(c.path("time")),
                List.of(),
                1.0);
    }

    private static TimePeriod time(JsonNode t) {
        if (!t.hasNonNull("start")) {
            return null;
        }
        return new TimePeriod(
                t.path("text").asText(null),
                LocalDate.parse(t.get("start").asText()),
                LocalDate.parse(t.get("end").asText()),
                null,
                true);
    }

    GoldPosition position(String question) {
        return positions.stream()
                .filter(p -> p.question().equals(question))
                .findFirst()
                .orElse(null);
    }
}
