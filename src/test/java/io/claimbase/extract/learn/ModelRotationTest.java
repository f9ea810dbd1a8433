package io.claimbase.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.eval.ExtractionEvaluation;
import io.claimbase.extract.eval.Score;
import io.claimbase.extract.learn.TrainModels.Example;
import io.claimbase.extract.learn.TrainModels.Task;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The honest figures of the learned models: leave-one-set-out over the four annotated sets they learn from. For each
 * set a model is trained on the other three (C and thresholds chosen by cross-validation within those three) and the
 * set is read with and without it (the other model left out); the table printed is the evaluation's event F1 (kind
 * accuracy) and topics F1 for each. The shipped models are trained on all four, so the in-repo figures of those sets
 * are training-set figures; this rotation is what says whether a model helps on text it has not seen. A model is kept
 * only if it helps on at least 3 of the 4 sets and on average. Repeat it with
 * {@code ./mvnw -B test -Dtest=ModelRotationTest}.
 */
class ModelRotationTest {

    private static final Path DOMAIN = Path.of("seeds/domain");
    private static final DomainModel CUES_ONLY =
            DomainModel.load(DOMAIN).withEventModel(null).withKindModel(null);
    private static final Cues CUES = Cues.fromDirectory(DOMAIN);
    private static final PositionAssessor ASSESSOR = new PositionAssessor(QuestionLoader.loadFolder(DOMAIN));

    @Test
    void theEventModelHelpsOnAtLeastThreeOfFourUnseenSets() {
        // measured 2026-12-06: event F1 development 0.723 -> 0.721, held-out 0.592 -> 0.646, blind-4 0.559 -> 0.580,
        // blind-5 0.461 -> 0.493 (3 of 4, mean +0.027). After the event classes of branch events-rules (re-trained):
        // development 0.727 -> 0.731, held-out 0.639 -> 0.697, blind-4 0.619 -> 0.649, blind-5 0.600 -> 0.639 (4 of 4,
        // mean +0.033)
        rotate(Task.EVENT);
    }

    @Test
    void theKindModelHelpsOnAtLeastThreeOfFourUnseenSets() {
        // measured 2026-12-06: kind accuracy development 0.765 -> 0.724, held-out 0.671 -> 0.768, blind-4 0.741 ->
        // 0.792, blind-5 0.693 -> 0.757 (3 of 4, mean +0.043); time unchanged (discourse time reads the cue kind)
        rotate(Task.KIND);
    }

    private static void rotate(Task task) {
        Map<String, List<Example>> sets = TrainModels.examples(task, CUES_ONLY, CUES);
        Extractor without = new Extractor(CUES_ONLY, CUES, ASSESSOR);
        String measure = task == Task.EVENT ? "event" : "kind";
        StringBuilder table = new StringBuilder(task
                + " model, leave-one-set-out (trained on the other three sets):\n"
                + "  set            " + measure
                + " without -> with                        topics F1 without -> with   time F1\n");
        int helped = 0;
        double gain = 0;
        for (String held : TrainModels.SETS) {
            List<List<Example>> training = new ArrayList<>();
            sets.forEach((name, examples) -> {
                if (!name.equals(held)) {
                    training.add(examples);
                }
            });
            LinearModel model = TrainModels.parse(task, TrainModels.train(task, training, "rotation"));
            DomainModel domain = task == Task.EVENT ? CUES_ONLY.withEventModel(model) : CUES_ONLY.withKindModel(model);
            Extractor with = new Extractor(domain, CUES, ASSESSOR);
            ExtractionEvaluation before = ExtractionEvaluation.run(TrainModels.articles(held), without::extract);
            ExtractionEvaluation after = ExtractionEvaluation.run(TrainModels.articles(held), with::extract);
            double b = value(before.score(measure));
            double a = value(after.score(measure));
            helped += a > b ? 1 : 0;
            gain += a - b;
            table.append(String.format(
                    Locale.ROOT,
                    "  %-14s %.3f -> %.3f (%s -> %s)   %.3f -> %.3f   %.3f -> %.3f   %s%n",
                    held,
                    b,
                    a,
                    counts(before.score(measure)),
                    counts(after.score(measure)),
                    before.score("topics").f1(),
                    after.score("topics").f1(),
                    before.score("time").f1(),
                    after.score("time").f1(),
                    model));
        }
        table.append(String.format(
                Locale.ROOT, "  helped on %d of %d sets, mean %s change %+.3f%n", helped, 4, measure, gain / 4));
        System.out.println(table);
        assertTrue(helped >= 3 && gain > 0, table::toString);
    }

    private static double value(Score score) {
        return score.attribute().equals("kind") ? score.accuracy() : score.f1();
    }

    private static String counts(Score score) {
        return "tp " + score.tp() + " fp " + score.fp() + " fn " + score.fn();
    }

    /** Re-training on the four sets gives the committed model files, byte for byte. */
    @Test
    void retrainingReproducesTheCommittedModels() throws IOException {
        for (Task task : Task.values()) {
            if (Files.exists(task.path())) {
                String trained = TrainModels.train(
                        task,
                        new ArrayList<>(
                                TrainModels.examples(task, CUES_ONLY, CUES).values()),
                        TrainModels.provenance());
                assertEquals(Files.readString(task.path()), trained, task + " model");
            }
        }
        assertTrue(Files.exists(Task.EVENT.path()));
    }
}
