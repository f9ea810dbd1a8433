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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The honest figures of the learned models: a rotation over the annotated sets they learn from ({@link
 * TrainModels#SETS}). For each set a model is trained on the sets outside its group ({@link #groups}; C and thresholds
 * chosen by cross-validation over five folds of those, {@link TrainModels#folds}) and the
 * set is read with and without it (the other models left out); the table printed is the evaluation's event F1 (kind
 * accuracy, topics F1) and topics and time F1 for each. The shipped models are trained on all of them, so the in-repo
 * figures of those sets are training-set figures; this rotation is what says whether a model helps on text it has not
 * seen. The event and kind models are kept while they help on at least 3 of the sets and on average, the topic model
 * only if it helps on all sets but one and on average. Repeat it with
 * {@code ./mvnw -B test -Dtest=ModelRotationTest}.
 */
class ModelRotationTest {

    private static final Path DOMAIN = Path.of("seeds/domain");
    private static final DomainModel CUES_ONLY = DomainModel.load(DOMAIN)
            .withEventModel(null)
            .withKindModel(null)
            .withTopicModel(null)
            .withAttributionModel(null);
    private static final Cues CUES = Cues.fromDirectory(DOMAIN);
    private static final PositionAssessor ASSESSOR = new PositionAssessor(QuestionLoader.loadFolder(DOMAIN));

    @Test
    void theTopicModelHelpsOnAllUnseenSetsButOne() {
        // measured 2026-12-08 00:30-00:53 on 31 sets held out in ten groups (extractor 1.13.0, sets 19 and 20 opened,
        // training sets 24 to 32 added): 31 of 31, mean +0.080; on 26 sets (2026-12-07 23:49-00:09): 26 of 26, +0.073.
        // measured 2026-12-07 20:34-20:52 on twenty sets (extractor 1.12.0, three training sets added, C and thresholds
        // over five folds of whole sets): 20 of 20, mean +0.065; on seventeen sets (20:10-20:20) 16 of 17, +0.062.
        // measured 2026-12-07 10:37-10:50 on eleven sets (the eleventh and twelfth opened; extractor 1.9.0: word stems,
        // add threshold down to 0.35): topics F1 development 0.669 -> 0.678, held-out 0.635 -> 0.678, blind-4 0.696 ->
        // 0.757, blind-5 0.680 -> 0.772, blind-6 0.657 -> 0.744, blind-7 0.612 -> 0.705, blind-8 0.693 -> 0.772,
        // blind-9
        // 0.677 -> 0.762, blind-10 0.688 -> 0.741, blind-11 0.646 -> 0.727, blind-12 0.648 -> 0.719 (11 of 11, mean
        // +0.069). Before:
        // measured 2026-12-07 10:33 on eleven sets (branch topics17: word stems, add threshold from 0.35): topics F1
        // development 0.670 -> 0.686, held-out 0.634 -> 0.687, blind-4 0.695 -> 0.749, blind-5 0.677 -> 0.775, blind-6
        // 0.653 -> 0.750, blind-7 0.608 -> 0.718, blind-8 0.693 -> 0.776, blind-9 0.669 -> 0.761, blind-10 0.687 ->
        // 0.732, blind-11 0.641 -> 0.721, blind-12 0.642 -> 0.709 (11 of 11, mean +0.072). Before:
        // measured 2026-12-07 07:10 on nine sets (the ninth and tenth opened; extractor 1.8.0): topics F1 development
        // 0.670 -> 0.697, held-out 0.634 -> 0.675, blind-4 0.695 -> 0.747, blind-5 0.677 -> 0.753, blind-6 0.653 ->
        // 0.736, blind-7 0.608 -> 0.697, blind-8 0.693 -> 0.759, blind-9 0.669 -> 0.752, blind-10 0.687 -> 0.747 (9 of
        // 9, mean +0.064). Before:
        // measured 2026-12-07 02:18 on seven sets (the seventh and eighth opened): topics F1 development 0.670 ->
        // 0.686, held-out 0.634 -> 0.650, blind-4 0.695 -> 0.745, blind-5 0.677 -> 0.736, blind-6 0.653 -> 0.724,
        // blind-7 0.608 -> 0.689, blind-8 0.692 -> 0.756 (7 of 7, mean +0.051). Before, on five sets:
        // measured 2026-12-07 (main with time-rules and stance-furniture merged): topics F1 development 0.670 -> 0.659,
        // held-out 0.634 -> 0.641, blind-4 0.695 -> 0.721, blind-5 0.677 -> 0.707, blind-6 0.653 -> 0.691 (4 of 5,
        // mean +0.018); top level 0.709 -> 0.704, 0.697 -> 0.726, 0.718 -> 0.749, 0.717 -> 0.764, 0.697 -> 0.745
        Map<String, List<TopicTraining.Example>> sets = TopicTraining.examples(CUES_ONLY, CUES, ASSESSOR);
        Extractor without = new Extractor(CUES_ONLY, CUES, ASSESSOR);
        StringBuilder table =
                new StringBuilder("TOPICS model, each set read by a model trained on the groups of sets without it:\n"
                        + "  set            topics F1 without -> with                     top level without -> with   event F1"
                        + "   time F1\n");
        int helped = 0;
        double gain = 0;
        Map<String, String> rows = new HashMap<>();
        for (List<String> group : groups()) {
            List<List<TopicTraining.Example>> training = new ArrayList<>();
            sets.forEach((name, examples) -> {
                if (!group.contains(name)) {
                    training.add(examples);
                }
            });
            LinearModel model = TopicTraining.parse(TopicTraining.train(training, "rotation"));
            Extractor with = new Extractor(CUES_ONLY.withTopicModel(model), CUES, ASSESSOR);
            for (String held : group) {
                ExtractionEvaluation before = ExtractionEvaluation.run(TrainModels.articles(held), without::extract);
                ExtractionEvaluation after = ExtractionEvaluation.run(TrainModels.articles(held), with::extract);
                double b = before.score("topics").f1();
                double a = after.score("topics").f1();
                helped += a > b ? 1 : 0;
                gain += a - b;
                rows.put(
                        held,
                        String.format(
                                Locale.ROOT,
                                "  %-14s %.3f -> %.3f (%s -> %s)   %.3f -> %.3f   %.3f -> %.3f   %.3f -> %.3f   %s%n",
                                held,
                                b,
                                a,
                                counts(before.score("topics")),
                                counts(after.score("topics")),
                                before.score("topics (top level)").f1(),
                                after.score("topics (top level)").f1(),
                                before.score("event").f1(),
                                after.score("event").f1(),
                                before.score("time").f1(),
                                after.score("time").f1(),
                                model));
            }
        }
        TrainModels.SETS.forEach(set -> table.append(rows.get(set)));
        int n = TrainModels.SETS.size();
        table.append(String.format(
                Locale.ROOT, "  helped on %d of %d sets, mean topics F1 change %+.3f%n", helped, n, gain / n));
        System.out.println(table);
        assertTrue(helped >= n - 1 && gain > 0, table::toString);
    }

    @Test
    void theEventModelHelpsOnAtLeastThreeUnseenSets() {
        // measured 2026-12-08 00:30-00:53 on 31 sets held out in ten groups (extractor 1.13.0): 29 of 31, mean +0.061;
        // on 26 sets (2026-12-07 23:49-00:09): 22 of 26, +0.055.
        // measured 2026-12-07 20:34-20:52 on twenty sets (extractor 1.12.0, five folds): 17 of 20, mean +0.052; on
        // seventeen sets (20:10-20:20) 13 of 17, +0.037 (blind-17 0.603 -> 0.764, blind-18 0.500 -> 0.543).
        // measured 2026-12-07 13:07-13:32 on thirteen sets (branch events18: the cue event of the claim before;
        // cue families of events told by their acts): event F1 without -> with development 0.749 -> 0.672, held-out
        // 0.716 -> 0.778, blind-4 0.663 -> 0.693, blind-5 0.658 -> 0.713, blind-6 0.667 -> 0.722, blind-7 0.548 ->
        // 0.625, blind-8 0.594 -> 0.734, blind-9 0.545 -> 0.710, blind-10 0.667 -> 0.659, blind-11 0.485 -> 0.595,
        // blind-12 0.583 -> 0.675, blind-13 0.574 -> 0.717, blind-14 0.700 -> 0.800 (11 of 13, mean +0.073; against
        // main before it, cue lists alone mean 0.605 -> 0.627, with the model 0.679 -> 0.700, blind-13 and blind-14
        // 0.639 -> 0.717 and 0.682 -> 0.800). Before:
        // measured 2026-12-07 10:37-10:50 on eleven sets (extractor 1.9.0: backdrop words, a deal's terms, the cue's
        // length and first word): event F1 development 0.753 -> 0.681, held-out 0.697 -> 0.667, blind-4 0.660 -> 0.693,
        // blind-5 0.650 -> 0.687, blind-6 0.672 -> 0.698, blind-7 0.534 -> 0.590, blind-8 0.555 -> 0.649, blind-9 0.532
        // -> 0.681, blind-10 0.654 -> 0.644, blind-11 0.490 -> 0.552, blind-12 0.589 -> 0.683 (8 of 11, mean +0.040;
        // the cue lists alone rose on 11 of 11, mean 0.551 -> 0.617, and the fused figures 8 of 11, mean 0.643 ->
        // 0.657). Before:
        // measured 2026-12-07 10:10 on eleven sets (branch events17: cue lists without a bare war, invasion, pact or
        // forum, new deal, exercise, summit, arms and expulsion families, commentary verbs; cuelen/cuefirst features):
        // event F1 without -> with development 0.753 -> 0.681, held-out 0.697 -> 0.667, blind-4 0.660 -> 0.693,
        // blind-5 0.650 -> 0.687, blind-6 0.672 -> 0.698, blind-7 0.534 -> 0.590, blind-8 0.555 -> 0.649, blind-9
        // 0.532 -> 0.681, blind-10 0.654 -> 0.644, blind-11 0.490 -> 0.552, blind-12 0.589 -> 0.683 (8 of 11, mean
        // +0.040). Against main before it (same day 10:20: without 0.727, 0.639, 0.619, 0.600, 0.623, 0.474, 0.474,
        // 0.466, 0.569, 0.432, 0.440, mean 0.551; with 0.662, 0.679, 0.678, 0.685, 0.654, 0.569, 0.661, 0.637, 0.630,
        // 0.588, 0.632, mean 0.643): without-column 11 of 11 up (mean 0.617), with-column 8 of 11 up (mean 0.657;
        // held-out -0.012, blind-8 -0.012, blind-11 -0.036). Before:
        // measured 2026-12-07 07:00 on nine sets (branch events16: negation, modals, a prepositional phrase, the clause
        // and the word after the cue): event F1 development 0.727 -> 0.701, held-out 0.639 -> 0.656, blind-4 0.619 ->
        // 0.698, blind-5 0.600 -> 0.689, blind-6 0.623 -> 0.629, blind-7 0.474 -> 0.581, blind-8 0.474 -> 0.649,
        // blind-9 0.466 -> 0.667, blind-10 0.569 -> 0.681 (8 of 9, mean +0.084; against the model before them 7 of 9
        // up, held-out and blind-10 down one claim each, mean of the with-column 0.647 -> 0.661). Before:
        // measured 2026-12-07 03:25 (branch event-context: structure features of the cue's clause, trained on the
        // extracted claims the evaluation pairs): event F1 development 0.727 -> 0.712, held-out 0.639 -> 0.667,
        // blind-4 0.619 -> 0.663, blind-5 0.600 -> 0.676, blind-6 0.623 -> 0.654, blind-7 0.474 -> 0.576, blind-8
        // 0.474 -> 0.632 (6 of 7, mean +0.061; against the model before, 5 of 7 up, held-out down 0.041). Before:
        // measured 2026-12-07 02:18 on seven sets: event F1 development 0.727 -> 0.685, held-out 0.639 -> 0.708,
        // blind-4 0.619 -> 0.660, blind-5 0.600 -> 0.667, blind-6 0.623 -> 0.654, blind-7 0.474 -> 0.522, blind-8
        // 0.474 -> 0.605 (6 of 7, mean +0.049). Before:
        // measured 2026-12-07 on five sets (the event classes of events-rules, blind-6 among the training sets):
        // event F1 development 0.727 -> 0.662, held-out 0.639 -> 0.686, blind-4 0.619 -> 0.640, blind-5 0.600 ->
        // 0.654, blind-6 0.623 -> 0.654 (4 of 5, mean +0.017; on four sets development was 0.727 -> 0.731)
        rotate(Task.EVENT, 3);
    }

    @Test
    void theKindModelHelpsOnAtLeastThreeUnseenSets() {
        // measured 2026-12-08 00:30-00:53 on 31 sets held out in ten groups (extractor 1.13.0): 31 of 31, mean +0.126;
        // on 26 sets (2026-12-07 23:49-00:09): 26 of 26, +0.125.
        // measured 2026-12-07 20:34-20:52 on twenty sets (extractor 1.12.0, five folds): 19 of 20, mean +0.115; on
        // seventeen sets (20:10-20:20) 16 of 17, +0.112.
        // measured 2026-12-07 10:37-10:50 on eleven sets (extractor 1.9.0): kind accuracy development 0.765 -> 0.772,
        // held-out 0.671 -> 0.852, blind-4 0.741 -> 0.837, blind-5 0.691 -> 0.793, blind-6 0.727 -> 0.839, blind-7
        // 0.749 -> 0.884, blind-8 0.702 -> 0.809, blind-9 0.706 -> 0.848, blind-10 0.672 -> 0.836, blind-11 0.643 ->
        // 0.772, blind-12 0.619 -> 0.731 (11 of 11, mean +0.117). Before:
        // measured 2026-12-07 07:12 on nine sets (extractor 1.8.0): kind accuracy development 0.765 -> 0.777, held-out
        // 0.671 -> 0.852, blind-4 0.741 -> 0.842, blind-5 0.693 -> 0.801, blind-6 0.727 -> 0.833, blind-7 0.749 ->
        // 0.875, blind-8 0.702 -> 0.802, blind-9 0.706 -> 0.838, blind-10 0.671 -> 0.816 (9 of 9, mean +0.112). Before:
        // measured 2026-12-07 02:18 on seven sets: kind accuracy development 0.765 -> 0.781, held-out 0.671 -> 0.839,
        // blind-4 0.741 -> 0.828, blind-5 0.693 -> 0.790, blind-6 0.727 -> 0.810, blind-7 0.749 -> 0.839, blind-8
        // 0.702 -> 0.790 (7 of 7, mean +0.090). Before:
        // measured 2026-12-07 on five sets: kind accuracy development 0.765 -> 0.734, held-out 0.671 -> 0.781, blind-4
        // 0.741 -> 0.814, blind-5 0.693 -> 0.787, blind-6 0.727 -> 0.814 (4 of 5, mean +0.067); time unchanged
        // (discourse time reads the cue kind)
        rotate(Task.KIND, 3);
    }

    @Test
    void theAttributionModelIsShippedOnlyWhileItHelpsOnAtLeastFiveUnseenSets() {
        // measured 2026-12-08 00:30-00:53 on 31 sets held out in ten groups (extractor 1.13.0): 20 of 31, mean +0.007;
        // on 26 sets (2026-12-07 23:49-00:09): 17 of 26, +0.006.
        // measured 2026-12-07 20:34-20:52 on twenty sets (extractor 1.12.0, five folds): 10 of 20, mean +0.002:
        // shipped; on seventeen sets (20:10-20:20) 7 of 17, +0.002.
        // measured 2026-12-07 17:45 on fifteen sets (extractor 1.11.0, fresh-clone CI of 0312bde, without the model):
        // 6 of 15, mean +0.002: this test failed for the missing file, and the model was trained and shipped again.
        // measured 2026-12-07 14:26 on thirteen sets (extractor 1.10.0, with its new reporting rules, fresh-clone CI):
        // 4 of 13, mean +0.001: dropped, models/attribution.tsv removed (re-train it with -Dexec.args=attribution;
        // this test then says whether it may ship).
        // measured 2026-12-07 12:20-12:29 on thirteen sets (rules of main 42154eb): rules alone -> with the model
        // development 0.976 -> 0.974, held-out 0.942 -> 0.948, blind-4 0.976 -> 0.976, blind-5 0.950 -> 0.950, blind-6
        // 0.952 -> 0.952, blind-7 0.973 -> 0.979, blind-8 0.918 -> 0.936, blind-9 0.922 -> 0.935, blind-10 0.958 ->
        // 0.955, blind-11 0.914 -> 0.917, blind-12 0.934 -> 0.931, blind-13 0.911 -> 0.930, blind-14 0.889 -> 0.909
        // (7 of 13, mean +0.006, pooled 0.942 -> 0.947; the two newest sets +0.019 and +0.020): kept.
        // measured 2026-12-07 10:37-10:50 on eleven sets (extractor 1.9.0): rules alone -> with the model development
        // 0.976 -> 0.974, held-out 0.942 -> 0.948, blind-4 0.976 -> 0.979, blind-5 0.950 -> 0.953, blind-6 0.952 ->
        // 0.949, blind-7 0.973 -> 0.976, blind-8 0.918 -> 0.927, blind-9 0.922 -> 0.922, blind-10 0.958 -> 0.965,
        // blind-11 0.914 -> 0.917, blind-12 0.934 -> 0.925 (7 of 11, mean +0.002: a small gain, kept while it lasts).
        // Before:
        // measured 2026-12-07 02:56 on seven sets: attribution accuracy development 0.979 -> 0.981, held-out 0.942 ->
        // 0.948, blind-4 0.972 -> 0.974, blind-5 0.948 -> 0.950, blind-6 0.942 -> 0.945, blind-7 0.946 -> 0.955,
        // blind-8 0.894 -> 0.903 (7 of 7, mean +0.005); kind, certainty, topics and time unchanged on every set.
        // 2026-12-07 06:48 on nine sets, after the interview, relative-clause and view-verb rules (the rules alone now
        // development 0.976, held-out 0.942, blind-4 0.976, blind-5 0.950, blind-6 0.952, blind-7 0.973, blind-8
        // 0.918, blind-9 0.922, blind-10 0.958): with the model 0.979, 0.942, 0.979, 0.953, 0.952, 0.976, 0.927,
        // 0.926, 0.958 (6 of 9, mean +0.003)
        Rotation rotation = rotation(Task.ATTRIBUTION);
        assertEquals(
                rotation.helped() >= 5 && rotation.gain() > 0, Files.exists(Task.ATTRIBUTION.path()), rotation::table);
    }

    /** A rotation's outcome: on how many sets the model helped, the summed change, and the printed table. */
    private record Rotation(int helped, double gain, String table) {}

    private static void rotate(Task task, int minHelped) {
        Rotation rotation = rotation(task);
        assertTrue(rotation.helped() >= minHelped && rotation.gain() > 0, rotation::table);
    }

    private static Rotation rotation(Task task) {
        Map<String, List<Example>> sets = TrainModels.examples(task, CUES_ONLY, CUES);
        Extractor without = new Extractor(CUES_ONLY, CUES, ASSESSOR);
        String measure = switch (task) {
            case EVENT -> "event";
            case KIND -> "kind";
            case ATTRIBUTION -> "attribution";
        };
        StringBuilder table = new StringBuilder(task
                + " model, each set read by a model trained on the groups of sets without it:\n"
                + "  set            " + measure
                + " without -> with                        topics F1 without -> with   time F1   kind   certainty\n");
        int helped = 0;
        double gain = 0;
        Map<String, String> rows = new HashMap<>();
        for (List<String> group : groups()) {
            List<List<Example>> training = new ArrayList<>();
            sets.forEach((name, examples) -> {
                if (!group.contains(name)) {
                    training.add(examples);
                }
            });
            LinearModel model = TrainModels.parse(task, TrainModels.train(task, training, "rotation"));
            DomainModel domain = switch (task) {
                case EVENT -> CUES_ONLY.withEventModel(model);
                case KIND -> CUES_ONLY.withKindModel(model);
                case ATTRIBUTION -> CUES_ONLY.withAttributionModel(model);
            };
            Extractor with = new Extractor(domain, CUES, ASSESSOR);
            for (String held : group) {
                ExtractionEvaluation before = ExtractionEvaluation.run(TrainModels.articles(held), without::extract);
                ExtractionEvaluation after = ExtractionEvaluation.run(TrainModels.articles(held), with::extract);
                double b = value(before.score(measure));
                double a = value(after.score(measure));
                helped += a > b ? 1 : 0;
                gain += a - b;
                rows.put(
                        held,
                        String.format(
                                Locale.ROOT,
                                "  %-14s %.3f -> %.3f (%s -> %s)   %.3f -> %.3f   %.3f -> %.3f   %.3f -> %.3f   %.3f -> %.3f"
                                        + "   %s%n",
                                held,
                                b,
                                a,
                                counts(before.score(measure)),
                                counts(after.score(measure)),
                                before.score("topics").f1(),
                                after.score("topics").f1(),
                                before.score("time").f1(),
                                after.score("time").f1(),
                                before.score("kind").accuracy(),
                                after.score("kind").accuracy(),
                                before.score("certainty").accuracy(),
                                after.score("certainty").accuracy(),
                                model));
            }
        }
        TrainModels.SETS.forEach(set -> table.append(rows.get(set)));
        int n = TrainModels.SETS.size();
        table.append(String.format(
                Locale.ROOT, "  helped on %d of %d sets, mean %s change %+.3f%n", helped, n, measure, gain / n));
        System.out.println(table);
        return new Rotation(helped, gain, table.toString());
    }

    /**
     * The groups of sets held out in turn: {@link #GROUPS} groups of whole sets (set {@code i} in group {@code i %
     * GROUPS}), each read by a model trained on the sets of the other groups. A model never sees the set it is scored
     * on, as in leave-one-set-out, at a third of the trainings once there are thirty sets (leave-one-set-out over
     * twenty sets took this class 813 s).
     */
    private static List<List<String>> groups() {
        return TrainModels.folds(TrainModels.SETS.stream().map(List::of).toList(), GROUPS);
    }

    /** How many groups of sets the rotation holds out in turn (see {@link #groups}). */
    static final int GROUPS = 10;

    private static double value(Score score) {
        return score.attribute().equals("kind") || score.attribute().equals("attribution")
                ? score.accuracy()
                : score.f1();
    }

    private static String counts(Score score) {
        return "tp " + score.tp() + " fp " + score.fp() + " fn " + score.fn();
    }

    /** Re-training on the seven sets gives the committed model files, byte for byte. */
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
        if (Files.exists(TrainModels.TOPIC_MODEL)) {
            String trained = TopicTraining.train(
                    new ArrayList<>(
                            TopicTraining.examples(CUES_ONLY, CUES, ASSESSOR).values()),
                    TrainModels.provenance());
            assertEquals(Files.readString(TrainModels.TOPIC_MODEL), trained, "topic model");
        }
    }
}
