package io.claimbase.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.claimbase.extract.Attribution;
import io.claimbase.extract.AttributionReader;
import io.claimbase.extract.ClaimClassifier;
import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.eval.ExtractionEvaluation;
import io.claimbase.extract.eval.GoldArticle;
import io.claimbase.extract.eval.GoldSet;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import io.claimbase.extract.tag.Tagger;
import io.claimbase.extract.tag.Tagger.EventEvidence;
import io.claimbase.extract.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Trains the learned models offline and writes {@code seeds/domain/models/event-type.tsv} and
 * {@code claim-kind.tsv}, and through {@link TopicTraining} {@code topics.tsv}:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.learn.TrainModels}.
 *
 * <p>Examples: for the event model, every claim the extractor finds with the cue lists alone in the articles of
 * {@link #SETS} (never a sealed set) that the evaluation pairs with a gold claim (so the model learns the sentences
 * it will read, as the evaluation counts them), read by the cue lists ({@link Tagger#eventEvidence}) and labelled with
 * the gold event type (or {@code none}); for the kind model, every gold claim read by the cue lists ({@link ClaimClassifier#kindEvidence}),
 * labelled with its gold kind. Model: one-vs-rest L2-regularised logistic regression (liblinear, solver L2R_LR: a Newton method
 * without randomness, so the same examples give the same file) over the features seen at least twice. The
 * regularisation C and the fusion thresholds are chosen by cross-validation over whole training sets ({@link #folds}:
 * each set alone up to five sets, else five groups of sets): the values with the best mean event F1 (kind accuracy)
 * over the left-out folds. Weights are written with three decimals;
 * weights below 0.02 are left out (cross-validation and rotation score the file as written).
 */
public final class TrainModels {

    /**
     * The annotated sets the models learn from, by name: every opened set (blind set 6 since it was opened on
     * 2026-12-06, sets 7 and 8, then 9 and 10, then 11 and 12, 13 and 14, 15 and 16, 17 and 18 since 2026-12-07, 19
     * and 20 since 2026-12-08), and the training sets 21 to 32, written for the models on 2026-12-07 and never sealed; a
     * sealed set is never among them.
     */
    public static final List<String> SETS = List.of(
            "development",
            "held-out",
            "blind-4",
            "blind-5",
            "blind-6",
            "blind-7",
            "blind-8",
            "blind-9",
            "blind-10",
            "blind-11",
            "blind-12",
            "blind-13",
            "blind-14",
            "blind-15",
            "blind-16",
            "blind-17",
            "blind-18",
            "blind-19",
            "blind-20",
            "train-21",
            "train-22",
            "train-23",
            "train-24",
            "train-25",
            "train-26",
            "train-27",
            "train-28",
            "train-29",
            "train-30",
            "train-31",
            "train-32");

    private static final Path DOMAIN = Path.of("seeds/domain");

    private static final int MIN_COUNT = 2;
    /** Smaller weights are left out of the file (they move no decision; the file stays readable). */
    private static final double MIN_WEIGHT = 0.02;

    /** Cross-validation folds when choosing C and thresholds (see {@link #folds}). */
    static final int FOLDS = 5;

    private static final double[] C_GRID = {0.25, 1, 4};
    private static final double[] THRESHOLD_GRID = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1};
    private static final double[] CHOOSE_GRID = {1, 0};
    private static final double[] SWITCH_GRID = {
        0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1
    };

    /** What a model learns: the event type of a claim, or its kind. */
    public enum Task {
        EVENT(DomainModel.EVENT_MODEL_FILE, List.of("veto", "choose", "add"), "event F1"),
        KIND(DomainModel.KIND_MODEL_FILE, List.of("switch"), "kind accuracy"),
        ATTRIBUTION(DomainModel.ATTRIBUTION_MODEL_FILE, List.of("to-reported", "to-author"), "attribution accuracy");

        final String file;
        final List<String> thresholds;
        final String measure;

        Task(String file, List<String> thresholds, String measure) {
            this.file = file;
            this.thresholds = thresholds;
            this.measure = measure;
        }

        /** The committed model file. */
        public Path path() {
            return DOMAIN.resolve(file);
        }

        /** The threshold combinations cross-validation tries, each in the order of {@link #thresholds}. */
        List<double[]> grid() {
            List<double[]> grid = new ArrayList<>();
            if (this == ATTRIBUTION) {
                for (double up : THRESHOLD_GRID) {
                    for (double down : THRESHOLD_GRID) {
                        grid.add(new double[] {up, down});
                    }
                }
                return grid;
            }
            if (this == KIND) {
                for (double t : SWITCH_GRID) {
                    grid.add(new double[] {t});
                }
                return grid;
            }
            for (double veto : THRESHOLD_GRID) {
                for (double choose : CHOOSE_GRID) {
                    for (double add : THRESHOLD_GRID) {
                        grid.add(new double[] {veto, choose, add});
                    }
                }
            }
            return grid;
        }

        Set<String> classes() {
            Set<String> classes = new HashSet<>();
            if (this == ATTRIBUTION) {
                classes.addAll(AttributionReader.CLASSES);
            } else if (this == KIND) {
                for (ClaimKind kind : ClaimKind.values()) {
                    classes.add(ClaimClassifier.name(kind));
                }
            } else {
                classes.addAll(EventTypes.ALL);
                classes.add(LinearModel.NONE);
            }
            return classes;
        }

        Set<String> thresholdNames() {
            return switch (this) {
                case KIND -> DomainModel.KIND_MODEL_THRESHOLDS;
                case ATTRIBUTION -> DomainModel.ATTRIBUTION_MODEL_THRESHOLDS;
                case EVENT -> DomainModel.EVENT_MODEL_THRESHOLDS;
            };
        }
    }

    /**
     * One gold claim as the trainer sees it: its label, the model's features, and what the cues read (the event
     * evidence for {@link Task#EVENT}, the cues' kind for {@link Task#KIND}, the rules' attribution and whether a
     * source is near for {@link Task#ATTRIBUTION}).
     */
    public record Example(
            String text,
            String label,
            List<String> features,
            EventEvidence event,
            ClaimKind rule,
            AttributionReader.Evidence voice) {}

    /** The C and thresholds chosen by cross-validation, with the mean score they gave. */
    record Choice(double c, double[] thresholds, double score) {}

    private TrainModels() {}

    /**
     * Trains the models on the sets of {@link #SETS} and writes their files; arguments, when given, name the models to
     * train ({@code event}, {@code kind}, {@code topics}, {@code trend}).
     */
    public static void main(String[] args) throws IOException {
        DomainModel domain = DomainModel.load(DOMAIN);
        Cues cues = Cues.fromDirectory(DOMAIN);
        Set<String> only = Set.of(args);
        for (Task task : Task.values()) {
            // without arguments, the models that ship (a file is there); a model named is trained even when none is
            if (only.isEmpty()
                    ? Files.exists(task.path())
                    : only.contains(task.name().toLowerCase(Locale.ROOT))) {
                String text =
                        train(task, new ArrayList<>(examples(task, domain, cues).values()), provenance());
                write(task.path(), text);
            }
        }
        if (only.isEmpty() || only.contains("topics")) {
            DomainModel cuesOnly =
                    domain.withEventModel(null).withKindModel(null).withTopicModel(null);
            PositionAssessor assessor = new PositionAssessor(QuestionLoader.loadFolder(DOMAIN));
            String text = TopicTraining.train(
                    new ArrayList<>(
                            TopicTraining.examples(cuesOnly, cues, assessor).values()),
                    provenance());
            write(TOPIC_MODEL, text);
        }
        if (only.isEmpty() || only.contains("trend")) {
            write(TrendTraining.FILE, TrendTraining.train());
        }
    }

    /** The committed topic model file. */
    public static final Path TOPIC_MODEL = DOMAIN.resolve(DomainModel.TOPIC_MODEL_FILE);

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        System.out.println("wrote " + path + " (" + text.lines().count() + " lines)");
    }

    /** The provenance line of the shipped models. */
    public static String provenance() {
        return "trained on " + String.join(", ", SETS);
    }

    /** The gold articles of an annotated set by name (see {@link #SETS}). */
    public static List<GoldArticle> articles(String set) {
        return switch (set) {
            case "development" -> GoldSet.load();
            case "held-out" -> GoldSet.heldOut();
            default -> {
                if (!SETS.contains(set)) {
                    throw new IllegalArgumentException("not a training set: " + set);
                }
                yield GoldSet.blind(set);
            }
        };
    }

    /** The examples of every training set, read by the cue lists alone (no learned model). */
    public static Map<String, List<Example>> examples(Task task, DomainModel domain, Cues cues) {
        if (task == Task.ATTRIBUTION) {
            return attributionExamples(domain, cues);
        }
        Extractor extractor = new Extractor(
                domain.withEventModel(null)
                        .withKindModel(null)
                        .withTopicModel(null)
                        .withAttributionModel(null),
                cues);
        Tagger tagger = new Tagger(domain.withEventModel(null));
        ClaimClassifier classifier = new ClaimClassifier(cues, null);
        Map<String, List<Example>> sets = new LinkedHashMap<>();
        for (String set : SETS) {
            List<Example> examples = new ArrayList<>();
            for (GoldArticle article : articles(set)) {
                if (task == Task.EVENT) {
                    List<ExtractedClaim> claims =
                            extractor.extract(GoldSet.input(article)).claims();
                    List<GoldArticle.GoldClaim> gold = ExtractionEvaluation.pairs(article, claims);
                    for (int i = 0; i < claims.size(); i++) {
                        if (gold.get(i) != null) {
                            String label = gold.get(i).event() == null
                                    ? LinearModel.NONE
                                    : gold.get(i).event();
                            String previousCue = i == 0
                                    ? null
                                    : tagger.eventEvidence(claims.get(i - 1).text())
                                            .cue();
                            EventEvidence evidence =
                                    tagger.eventEvidence(claims.get(i).text(), previousCue);
                            examples.add(new Example(
                                    claims.get(i).text(), label, evidence.features(), evidence, null, null));
                        }
                    }
                    continue;
                }
                for (GoldArticle.GoldClaim claim : article.claims()) {
                    if (claim.kind() != null) {
                        ClaimClassifier.KindEvidence evidence = classifier.kindEvidence(Tokens.of(claim.text()));
                        String label = claim.kind().toLowerCase(Locale.ROOT);
                        examples.add(
                                new Example(claim.text(), label, evidence.features(), null, evidence.rule(), null));
                    }
                }
            }
            sets.put(set, examples);
        }
        return sets;
    }

    /**
     * The attribution examples of every training set: the claims the extractor finds (without an attribution model)
     * paired with the gold claims as the evaluation pairs them, so the context features are those the extractor sees;
     * the label is the gold attribution type.
     */
    private static Map<String, List<Example>> attributionExamples(DomainModel domain, Cues cues) {
        Extractor extractor = new Extractor(domain.withAttributionModel(null), cues);
        Map<String, List<Example>> sets = new LinkedHashMap<>();
        for (String set : SETS) {
            List<Example> examples = new ArrayList<>();
            for (GoldArticle article : articles(set)) {
                Extraction[] extraction = new Extraction[1];
                List<AttributionReader.Evidence> evidence =
                        extractor.attributionEvidence(GoldSet.input(article), e -> extraction[0] = e);
                List<ExtractedClaim> claims = extraction[0].claims();
                List<GoldArticle.GoldClaim> gold = ExtractionEvaluation.pairs(article, claims);
                for (int i = 0; i < claims.size(); i++) {
                    if (gold.get(i) == null || gold.get(i).attribution() == null) {
                        continue;
                    }
                    String label = gold.get(i).attribution().toLowerCase(Locale.ROOT);
                    AttributionReader.Evidence e = evidence.get(i);
                    examples.add(new Example(claims.get(i).text(), label, e.features(), null, null, e));
                }
            }
            sets.put(set, examples);
        }
        return sets;
    }

    /** The model file trained on these sets, with C and thresholds chosen by cross-validation over them. */
    public static String train(Task task, List<List<Example>> sets, String provenance) {
        Choice choice = choose(task, sets);
        List<Example> all = sets.stream().flatMap(List::stream).toList();
        return write(task, all, choice, provenance);
    }

    /** Cross-validation within {@code sets} (over {@link #folds}): the C and thresholds with the best mean score. */
    static Choice choose(Task task, List<List<Example>> annotated) {
        List<List<Example>> sets = folds(annotated);
        Choice best = null;
        double[] off = new double[task.thresholds.size()];
        java.util.Arrays.fill(off, 1);
        for (double c : C_GRID) {
            double choiceC = c;
            // the folds are independent: trained side by side, read back in fold order (the same file either way)
            List<LinearModel> models = IntStream.range(0, sets.size())
                    .parallel()
                    .mapToObj(out -> parse(
                            task, write(task, allBut(sets, out), new Choice(choiceC, off, 0), "cross-validation")))
                    .toList();
            List<List<Map<String, Double>>> probabilities = new ArrayList<>();
            for (int out = 0; out < sets.size(); out++) {
                LinearModel model = models.get(out);
                probabilities.add(sets.get(out).stream()
                        .map(e -> model.probabilities(e.features()))
                        .toList());
            }
            for (double[] thresholds : task.grid()) {
                double sum = 0;
                for (int out = 0; out < sets.size(); out++) {
                    sum += score(task, sets.get(out), models.get(out).classes(), probabilities.get(out), thresholds);
                }
                double mean = sum / sets.size();
                if (best == null || mean > best.score() + 1e-9) {
                    best = new Choice(c, thresholds, mean);
                }
            }
        }
        return best;
    }

    /**
     * The folds cross-validation holds out in turn: each set on its own while there are at most {@link #FOLDS}, else
     * {@link #FOLDS} groups of whole sets (set {@code i} in group {@code i % FOLDS}). A set is never split, so a fold
     * is still text of other writers; the cost of choosing stays flat as sets are opened instead of growing with their
     * square (leave-one-set-out over fifteen sets took {@code ModelRotationTest} 23 minutes).
     */
    static <T> List<List<T>> folds(List<List<T>> sets) {
        return folds(sets, FOLDS);
    }

    /** As {@link #folds(List)}, with {@code count} folds. */
    static <T> List<List<T>> folds(List<List<T>> sets, int count) {
        if (sets.size() <= count) {
            return sets;
        }
        List<List<T>> folds = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < sets.size(); i++) {
            folds.get(i % count).addAll(sets.get(i));
        }
        return folds;
    }

    /** Every example of the sets but the one at {@code out}, in set order. */
    static <T> List<T> allBut(List<List<T>> sets, int out) {
        List<T> training = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            if (i != out) {
                training.addAll(sets.get(i));
            }
        }
        return training;
    }

    /** Event F1 as the evaluation counts it (at most one event a claim), or kind accuracy. */
    static double score(
            Task task,
            List<Example> examples,
            List<String> classes,
            List<Map<String, Double>> probabilities,
            double[] t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            if (task == Task.ATTRIBUTION) {
                AttributionReader.Evidence voice = example.voice();
                Attribution.Type got =
                        AttributionReader.fuse(voice.rule(), probabilities.get(i), voice.candidate(), t[0], t[1]);
                boolean same = got.name().equalsIgnoreCase(example.label());
                tp += same ? 1 : 0;
                fn += same ? 0 : 1;
                continue;
            }
            if (task == Task.KIND) {
                ClaimKind got = ClaimClassifier.fuse(example.rule(), probabilities.get(i), t[0]);
                boolean same = ClaimClassifier.name(got).equals(example.label());
                tp += same ? 1 : 0;
                fn += same ? 0 : 1;
                continue;
            }
            String gold = example.label().equals(LinearModel.NONE) ? null : example.label();
            String got = Tagger.fuse(classes, probabilities.get(i), example.event(), t[0], t[1], t[2]);
            if (gold == null && got == null) {
                continue;
            }
            boolean same = gold != null && gold.equals(got);
            tp += same ? 1 : 0;
            fp += !same && got != null ? 1 : 0;
            fn += !same && gold != null ? 1 : 0;
        }
        if (task != Task.EVENT) {
            return examples.isEmpty() ? 0 : (double) tp / examples.size();
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Reads a model file's text as the domain loader would. */
    public static LinearModel parse(Task task, String text) {
        return LinearModel.parse(
                task.path().getFileName().toString(), text.lines().toList(), task.classes(), task.thresholdNames());
    }

    /** The event types of seeds/domain, read once. */
    private static final class EventTypes {
        static final Set<String> ALL = Set.copyOf(DomainModel.load(DOMAIN).eventTypeIds());
    }

    /** Trains on the examples with the choice's C and writes the model file with its thresholds. */
    static String write(Task task, List<Example> examples, Choice choice, String provenance) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> vocabulary = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        vocabulary.forEach(f -> index.put(f, index.size() + 1));
        List<String> labels = new ArrayList<>(
                new TreeSet<>(examples.stream().map(Example::label).toList()));

        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            problem.x[i] = row(example.features(), index, problem.n);
            problem.y[i] = labels.indexOf(example.label());
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, choice.c(), 0.001));
        int[] order = model.getLabels();
        int classes = model.getNrClass();
        double[] w = model.getFeatureWeights();

        StringBuilder out = new StringBuilder();
        out.append(
                        switch (task) {
                            case EVENT ->
                                "# The event-type model: one-vs-rest logistic regression over the features of "
                                        + "io.claimbase.extract.tag.EventFeatures,\n"
                                        + "# fused with the event cues by the thresholds below (see Tagger.fuse). ";
                            case KIND ->
                                "# The claim-kind model: one-vs-rest logistic regression over the features of "
                                        + "ClaimClassifier.kindEvidence,\n"
                                        + "# fused with the kind cues by the threshold below (see "
                                        + "ClaimClassifier.fuse). ";
                            case ATTRIBUTION ->
                                "# The attribution model: logistic regression over the features of "
                                        + "AttributionReader.features,\n"
                                        + "# fused with the attribution rules by the thresholds below (see "
                                        + "AttributionReader.fuse). ";
                        })
                .append(writtenBy(provenance, examples.size(), vocabulary.size(), choice.c()))
                .append(task.measure)
                .append(' ')
                .append(fmt(choice.score()))
                .append("). Do not edit by hand: re-train.\n")
                .append("# feature\tclass\tweight\n");
        for (int t = 0; t < task.thresholds.size(); t++) {
            out.append("threshold\t")
                    .append(task.thresholds.get(t))
                    .append('\t')
                    .append(fmt(choice.thresholds()[t]))
                    .append('\n');
        }
        for (int c = 0; c < classes; c++) {
            String label = labels.get(order[c]);
            out.append("bias\t").append(label).append('\t').append(fmt(weight(w, problem.n - 1, c, classes)));
            out.append('\n');
        }
        for (int f = 0; f < vocabulary.size(); f++) {
            for (int c = 0; c < classes; c++) {
                String value = fmt(weight(w, f, c, classes));
                if (Math.abs(Double.parseDouble(value)) >= MIN_WEIGHT) {
                    out.append(vocabulary.get(f))
                            .append('\t')
                            .append(labels.get(order[c]))
                            .append('\t')
                            .append(value)
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * The middle of a model file's header, the same for every model: who wrote it, from what, and how C and the
     * thresholds were chosen; the measure the choice maximised follows.
     */
    static String writtenBy(String provenance, int claims, int features, double c) {
        return "Written by io.claimbase.extract.learn.TrainModels\n# (" + provenance + "; " + claims + " claims, "
                + features + " features seen at least twice; C " + fmt(c)
                + " and thresholds by cross-validation over " + FOLDS + " folds of whole sets, mean ";
    }

    /**
     * An example's row for liblinear: the indexes of its features that are in {@code index}, ascending, then the bias
     * feature ({@code bias}, the last index).
     */
    static Feature[] row(Collection<String> features, Map<String, Integer> index, int bias) {
        int[] ids = features.stream()
                .filter(index::containsKey)
                .mapToInt(index::get)
                .sorted()
                .toArray();
        Feature[] row = new Feature[ids.length + 1];
        for (int k = 0; k < ids.length; k++) {
            row[k] = new FeatureNode(ids[k], 1);
        }
        row[ids.length] = new FeatureNode(bias, 1);
        return row;
    }

    /** Feature {@code f}'s (0-based) weight for class {@code c}: liblinear keeps them feature by feature. */
    private static double weight(double[] w, int f, int c, int classes) {
        return classes == 2 ? (c == 0 ? w[f] : -w[f]) : w[f * classes + c];
    }

    /** A weight or threshold as the model files write it: three decimals, never "-0.000". */
    static String fmt(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }
}
