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
 * The honest figures of the event-type model: leave-one-set-out over the four annotated sets the model learns from.
 * For each set the model is trained on the other three (C and thresholds chosen by cross-validation within those
 * three) and the set is read with and without it; the table printed is the evaluation's event and topics F1 for
 * each. The shipped model is trained on all four, so the in-repo figures of those sets are training-set figures; this
 * rotation is what says whether it helps on text it has not seen. Repeat it with
 * {@code ./mvnw -B test -Dtest=EventModelRotationTest}.
 */
class EventModelRotationTest {

    private static final Path DOMAIN = Path.of("seeds/domain");

    @Test
    void rotationSaysTheModelHelpsOnAtLeastThreeOfFourUnseenSets() {
        DomainModel cuesOnly = DomainModel.load(DOMAIN).withEventModel(null);
        Cues cues = Cues.fromDirectory(DOMAIN);
        PositionAssessor assessor = new PositionAssessor(QuestionLoader.loadFolder(DOMAIN));
        Map<String, List<Example>> sets = TrainModels.examples(cuesOnly);
        Extractor without = new Extractor(cuesOnly, cues, assessor);
        StringBuilder table = new StringBuilder("Event model, leave-one-set-out (trained on the other three sets):\n"
                + "  set            event F1 without -> with    topics F1 without -> with   model\n");
        int helped = 0;
        double gain = 0;
        for (String held : TrainModels.SETS) {
            List<List<Example>> training = new ArrayList<>();
            sets.forEach((name, examples) -> {
                if (!name.equals(held)) {
                    training.add(examples);
                }
            });
            LinearModel model = TrainModels.parse(TrainModels.train(training, "rotation"));
            Extractor with = new Extractor(cuesOnly.withEventModel(model), cues, assessor);
            ExtractionEvaluation before = ExtractionEvaluation.run(TrainModels.articles(held), without::extract);
            ExtractionEvaluation after = ExtractionEvaluation.run(TrainModels.articles(held), with::extract);
            double b = before.score("event").f1();
            double a = after.score("event").f1();
            helped += a > b ? 1 : 0;
            gain += a - b;
            table.append(String.format(
                    Locale.ROOT,
                    "  %-14s %.3f -> %.3f (%s -> %s)   %.3f -> %.3f   %s%n",
                    held,
                    b,
                    a,
                    counts(before.score("event")),
                    counts(after.score("event")),
                    before.score("topics").f1(),
                    after.score("topics").f1(),
                    model));
        }
        table.append(String.format(
                Locale.ROOT, "  helped on %d of %d sets, mean event F1 change %+.3f%n", helped, 4, gain / 4));
        System.out.println(table);
        // the rule for keeping the model (measured 2026-12-06: helped on 3 of 4, mean +0.027)
        assertTrue(helped >= 3 && gain > 0, table::toString);
    }

    private static String counts(Score score) {
        return "tp " + score.tp() + " fp " + score.fp() + " fn " + score.fn();
    }

    /** Re-training on the four sets gives the committed model file, byte for byte. */
    @Test
    void retrainingReproducesTheCommittedModel() throws IOException {
        DomainModel cuesOnly = DomainModel.load(DOMAIN).withEventModel(null);
        String trained = TrainModels.train(
                new ArrayList<>(TrainModels.examples(cuesOnly).values()),
                "trained on " + String.join(", ", TrainModels.SETS));
        assertEquals(Files.readString(TrainModels.EVENT_MODEL), trained);
    }
}
