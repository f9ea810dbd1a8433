package io.claimbase.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.eval.GoldArticle;
import io.claimbase.extract.eval.GoldSet;
import io.claimbase.extract.tag.Tagger;
import io.claimbase.extract.tag.Tagger.EventEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the event-type model offline and writes {@code seeds/domain/models/event-type.tsv}:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.learn.TrainModels}.
 *
 * <p>Examples: every gold claim of the development set, the held-out set and blind sets 4 and 5 (never blind set 6,
 * which stays sealed), read by the cue lists alone ({@link Tagger#eventEvidence}); its label is the gold event type
 * or {@code none}. Model: one-vs-rest L2-regularised logistic regression (liblinear, solver L2R_LR: a Newton method
 * without randomness, so the same examples give the same file) over the features seen at least twice. The
 * regularisation C and the fusion thresholds are chosen by leave-one-set-out cross-validation within the training
 * sets: the values with the best mean event F1 over the left-out sets. Weights are written with three decimals;
 * weights below 0.02 are left out (cross-validation and rotation score the file as written).
 */
public final class TrainModels {

    /** The annotated sets the models learn from, by name; blind set 6 is never among them. */
    public static final List<String> SETS = List.of("development", "held-out", "blind-4", "blind-5");

    static final Path EVENT_MODEL = Path.of("seeds/domain").resolve(DomainModel.EVENT_MODEL_FILE);

    private static final int MIN_COUNT = 2;
    /** Smaller weights are left out of the file (they move no decision; the file stays readable). */
    private static final double MIN_WEIGHT = 0.02;

    private static final double[] C_GRID = {0.25, 1, 4};
    private static final double[] THRESHOLD_GRID = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1};
    private static final double[] CHOOSE_GRID = {1, 0};

    /** One gold claim as the trainer sees it. */
    public record Example(String text, String label, EventEvidence evidence) {}

    /** The thresholds and C chosen by cross-validation, with the mean F1 they gave. */
    record Choice(double c, double veto, double choose, double add, double f1) {}

    private TrainModels() {}

    public static void main(String[] args) throws IOException {
        DomainModel domain = DomainModel.load(Path.of("seeds/domain")).withEventModel(null);
        Map<String, List<Example>> sets = examples(domain);
        String text = train(new ArrayList<>(sets.values()), "trained on " + String.join(", ", sets.keySet()));
        Files.createDirectories(EVENT_MODEL.getParent());
        Files.writeString(EVENT_MODEL, text);
        System.out.println("wrote " + EVENT_MODEL + " (" + text.lines().count() + " lines)");
    }

    /** The gold articles of an annotated set by name (see {@link #SETS}). */
    public static List<GoldArticle> articles(String set) {
        return switch (set) {
            case "development" -> GoldSet.load();
            case "held-out" -> GoldSet.heldOut();
            case "blind-4", "blind-5" -> GoldSet.blind(set);
            default -> throw new IllegalArgumentException("not a training set: " + set);
        };
    }

    /** The examples of every training set, read by the cue lists of {@code domain} (without a model). */
    public static Map<String, List<Example>> examples(DomainModel domain) {
        Tagger cues = new Tagger(domain.withEventModel(null));
        Map<String, List<Example>> sets = new LinkedHashMap<>();
        for (String set : SETS) {
            List<Example> examples = new ArrayList<>();
            for (GoldArticle article : articles(set)) {
                for (GoldArticle.GoldClaim claim : article.claims()) {
                    String label = claim.event() == null ? LinearModel.NONE : claim.event();
                    examples.add(new Example(claim.text(), label, cues.eventEvidence(claim.text())));
                }
            }
            sets.put(set, examples);
        }
        return sets;
    }

    /** The model file trained on these sets, with C and thresholds chosen by cross-validation over them. */
    public static String train(List<List<Example>> sets, String provenance) {
        Choice choice = choose(sets);
        List<Example> all = sets.stream().flatMap(List::stream).toList();
        return write(all, choice, provenance);
    }

    /** Leave-one-set-out within {@code sets}: the C and thresholds with the best mean event F1. */
    static Choice choose(List<List<Example>> sets) {
        Choice best = null;
        for (double c : C_GRID) {
            List<List<Map<String, Double>>> probabilities = new ArrayList<>();
            List<List<String>> classes = new ArrayList<>();
            for (int out = 0; out < sets.size(); out++) {
                List<Example> training = new ArrayList<>();
                for (int i = 0; i < sets.size(); i++) {
                    if (i != out) {
                        training.addAll(sets.get(i));
                    }
                }
                LinearModel model = parse(write(training, new Choice(c, 1, 1, 1, 0), "cross-validation"));
                classes.add(model.classes());
                probabilities.add(sets.get(out).stream()
                        .map(e -> model.probabilities(e.evidence().features()))
                        .toList());
            }
            for (double veto : THRESHOLD_GRID) {
                for (double choose : CHOOSE_GRID) {
                    for (double add : THRESHOLD_GRID) {
                        double sum = 0;
                        for (int out = 0; out < sets.size(); out++) {
                            sum += f1(sets.get(out), classes.get(out), probabilities.get(out), veto, choose, add);
                        }
                        double mean = sum / sets.size();
                        if (best == null || mean > best.f1() + 1e-9) {
                            best = new Choice(c, veto, choose, add, mean);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Event F1 as the evaluation counts it: at most one event a claim. */
    static double f1(
            List<Example> examples,
            List<String> classes,
            List<Map<String, Double>> probabilities,
            double veto,
            double choose,
            double add) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            String gold = example.label().equals(LinearModel.NONE) ? null : example.label();
            String got = Tagger.fuse(classes, probabilities.get(i), example.evidence(), veto, choose, add);
            if (gold == null && got == null) {
                continue;
            }
            boolean same = gold != null && gold.equals(got);
            tp += same ? 1 : 0;
            fp += !same && got != null ? 1 : 0;
            fn += !same && gold != null ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Reads a model file's text as the domain loader would (its classes: the event types and "none"). */
    public static LinearModel parse(String text) {
        return LinearModel.parse(
                "event-type.tsv", text.lines().toList(), Classes.ALL, DomainModel.EVENT_MODEL_THRESHOLDS);
    }

    /** The event types of seeds/domain and "none", read once. */
    private static final class Classes {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> classes =
                    new HashSet<>(DomainModel.load(Path.of("seeds/domain")).eventTypeIds());
            classes.add(LinearModel.NONE);
            return Set.copyOf(classes);
        }
    }

    /** Trains on the examples with the choice's C and writes the model file with its thresholds. */
    static String write(List<Example> examples, Choice choice, String provenance) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> e.evidence().features().forEach(f -> counts.merge(f, 1, Integer::sum)));
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
            int[] ids = example.evidence().features().stream()
                    .filter(index::containsKey)
                    .mapToInt(index::get)
                    .sorted()
                    .toArray();
            Feature[] row = new Feature[ids.length + 1];
            for (int k = 0; k < ids.length; k++) {
                row[k] = new FeatureNode(ids[k], 1);
            }
            row[ids.length] = new FeatureNode(problem.n, 1);
            problem.x[i] = row;
            problem.y[i] = labels.indexOf(example.label());
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, choice.c(), 0.001));
        int[] order = model.getLabels();
        int classes = model.getNrClass();
        double[] w = model.getFeatureWeights();

        StringBuilder out = new StringBuilder();
        out.append("# The event-type model: one-vs-rest logistic regression over the features of ")
                .append("io.claimbase.extract.tag.EventFeatures,\n")
                .append("# fused with the event cues by the thresholds below (see Tagger.fuse). Written by ")
                .append("io.claimbase.extract.learn.TrainModels\n")
                .append("# (")
                .append(provenance)
                .append("; ")
                .append(examples.size())
                .append(" claims, ")
                .append(vocabulary.size())
                .append(" features seen at least twice; C ")
                .append(fmt(choice.c()))
                .append(" and thresholds by leave-one-set-out, mean F1 ")
                .append(fmt(choice.f1()))
                .append("). Do not edit by hand: re-train.\n")
                .append("# feature\tclass\tweight\n");
        out.append("threshold\tveto\t").append(fmt(choice.veto())).append('\n');
        out.append("threshold\tchoose\t").append(fmt(choice.choose())).append('\n');
        out.append("threshold\tadd\t").append(fmt(choice.add())).append('\n');
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

    /** Feature {@code f}'s (0-based) weight for class {@code c}: liblinear keeps them feature by feature. */
    private static double weight(double[] w, int f, int c, int classes) {
        return classes == 2 ? (c == 0 ? w[f] : -w[f]) : w[f * classes + c];
    }

    private static String fmt(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }
}
