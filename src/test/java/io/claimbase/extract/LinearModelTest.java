package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned model's file: scoring by a dot product, and a clear error naming the line for a malformed file. */
class LinearModelTest {

    private static final Set<String> CLASSES = Set.of("none", "deal", "summit");
    private static final Set<String> THRESHOLDS = DomainModel.EVENT_MODEL_THRESHOLDS;

    private static LinearModel parse(String text) {
        return LinearModel.parse("m.tsv", text.lines().toList(), CLASSES, THRESHOLDS);
    }

    private static String error(String text) {
        return assertThrows(DomainDataException.class, () -> parse(text)).getMessage();
    }

    @Test
    void probabilitiesAreNormalisedLogisticsOfTheScores() {
        LinearModel model = parse("bias\tnone\t0\nbias\tdeal\t0\nw:signed\tdeal\t2\nthreshold\tveto\t0.8\n");
        Map<String, Double> p = model.probabilities(List.of("w:signed", "w:unknown"));
        double deal = 1 / (1 + Math.exp(-2));
        assertEquals(deal / (deal + 0.5), p.get("deal"), 1e-12);
        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(0.8, model.threshold("veto", 1));
        assertEquals(1.0, model.threshold("add", 1));
    }

    @Test
    void aMalformedRowIsNamedByItsLine() {
        assertTrue(error("# header\nbias\tnone\t0\nw:signed deal 2\n").startsWith("m.tsv:3: expected 3 tab-separated"));
        assertTrue(error("bias\tnone\t0\nbias\tdeal\tlots\n").startsWith("m.tsv:2: weight 'lots' is not a number"));
        assertTrue(error("bias\tnone\t0\nbias\tparade\t1\n").startsWith("m.tsv:2: unknown class 'parade'"));
        assertTrue(error("bias\tnone\t0\nbias\tdeal\t0\nthreshold\tveto\t1.5\n").startsWith("m.tsv:3: threshold"));
        assertTrue(error("bias\tnone\t0\nbias\tdeal\t0\nthreshold\tmaybe\t0.5\n")
                .startsWith("m.tsv:3: unknown threshold"));
        assertTrue(error("bias\tnone\t0\nbias\tdeal\t0\nbias\tdeal\t1\n").startsWith("m.tsv:3: duplicate row"));
        assertTrue(error("bias\tnone\t0\nw:signed\tdeal\t2\n").contains("no bias row for class 'deal'"));
    }

    @Test
    void theDomainLoaderValidatesTheModelFile(@TempDir Path folder) throws IOException {
        for (String file : List.of(DomainModel.TOPICS_FILE, DomainModel.ACTORS_FILE, DomainModel.EVENTS_FILE)) {
            Files.copy(SeedDomain.folder().resolve(file), folder.resolve(file));
        }
        assertTrue(DomainModel.load(folder).eventModel().isEmpty(), "no model file: the cue lists alone");
        Path model = folder.resolve(DomainModel.EVENT_MODEL_FILE);
        Files.createDirectories(model.getParent());
        Files.writeString(model, "bias\tnone\t0\nbias\tdeal\t0\nw:signed\tparade\t1\n");
        String message = assertThrows(DomainDataException.class, () -> DomainModel.load(folder))
                .getMessage();
        assertTrue(message.endsWith("event-type.tsv:3: unknown class 'parade'"), message);
    }

    @Test
    void theSeedDomainCarriesTheEventModel() {
        assertTrue(SeedDomain.get().eventModel().isPresent());
    }
}
