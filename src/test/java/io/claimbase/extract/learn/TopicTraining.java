package io.claimbase.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
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
import io.claimbase.extract.tag.TopicReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains the topic model ({@code seeds/domain/models/topics.tsv}, see {@link TopicReader}): one yes/no L2-regularised
 * logistic regression per topic id (liblinear L2R_LR, deterministic), "yes" when the gold topics of the claim hold
 * the topic or one of its descendants. Examples: the claims the extractor finds with the cue lists alone (no learned
 * model) in the articles of {@link TrainModels#SETS}, paired with the gold claims as the evaluation pairs them, so the
 * context features are those the extractor sees. C and the fusion thresholds ({@link TopicReader#fuse}) are chosen by
 * cross-validation over whole training sets ({@link TrainModels#folds}): the best mean change of the measure (the mean of topics F1 and
 * top-level topics F1) against the cue topics over the left-out folds, a loss counting {@value #LOSS_WEIGHT} times more.
 */
final class TopicTraining {

    private static final Path DOMAIN = Path.of("seeds/domain");
    private static final int MIN_COUNT = 2;
    /**
     * Smaller weights are left out of the file: twenty classes over every feature would make it three times the size
     * of the other models' (cross-validation and rotation score the file as written).
     */
    private static final double MIN_WEIGHT = 0.05;

    private static final double[] C_GRID = {0.25, 1, 4};
    private static final double[] DROP_GRID = {0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    /**
     * A topic is added to a claim that has one when the model gives it at least this (at most one unrelated topic, see
     * {@link TopicReader#MAX_ADDED}): from 0.35 up (2026-12-07, eleven sets: the choice sat at the grid's floor of 0.6;
     * recall is the larger gap, and lower floors raised the left-out mean).
     */
    private static final double[] ADD_GRID = {0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1};
    /**
     * How much more a loss on a left-out set weighs than a gain when thresholds are chosen: the thresholds must help on
     * (nearly) every set, not on average only.
     */
    private static final double LOSS_WEIGHT = 2;

    private static final double[] FILL_GRID = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1};

    /**
     * One extracted claim paired with a gold claim: its gold topics, its topics before the model, the features, and
     * the topics the position reader adds after (a question's topic), and the claim's text (to read a disagreement).
     */
    record Example(List<String> gold, List<String> topics, List<String> features, List<String> question, String text) {}

    /** C and thresholds (drop, add, fill), with the mean weighted change they gave. */
    record Choice(double c, double drop, double add, double fill, double score) {}

    private TopicTraining() {}

    /** The examples of every training set, read by the cue lists alone (no learned model). */
    static Map<String, List<Example>> examples(DomainModel cuesOnly, Cues cues, PositionAssessor assessor) {
        Extractor extractor = new Extractor(cuesOnly.withTopicModel(null), cues, assessor);
        Map<String, List<Example>> sets = new LinkedHashMap<>();
        for (String set : TrainModels.SETS) {
            List<Example> examples = new ArrayList<>();
            for (GoldArticle article : TrainModels.articles(set)) {
                Extraction[] extraction = new Extraction[1];
                List<TopicReader.Evidence> evidence =
                        extractor.topicEvidence(GoldSet.input(article), e -> extraction[0] = e);
                List<ExtractedClaim> claims = extraction[0].claims();
                List<GoldArticle.GoldClaim> gold = ExtractionEvaluation.pairs(article, claims);
                for (int i = 0; i < claims.size(); i++) {
                    if (gold.get(i) == null) {
                        continue;
                    }
                    List<String> before = evidence.get(i).topics();
                    List<String> question = claims.get(i).topics().stream()
                            .filter(t -> !before.contains(t))
                            .toList();
                    examples.add(new Example(
                            gold.get(i).topics() == null
                                    ? List.of()
                                    : gold.get(i).topics(),
                            before,
                            evidence.get(i).features(),
                            question,
                            claims.get(i).text()));
                }
            }
            sets.put(set, examples);
        }
        return sets;
    }

    /** The model file trained on these sets, with C and thresholds chosen by cross-validation over them. */
    static String train(List<List<Example>> sets, String provenance) {
        Choice choice = choose(sets);
        return write(sets.stream().flatMap(List::stream).toList(), choice, provenance);
    }

    static LinearModel parse(String text) {
        DomainModel domain = Domain.MODEL;
        return LinearModel.parse(
                DomainModel.TOPIC_MODEL_FILE,
                text.lines().toList(),
                Set.copyOf(domain.topicIds()),
                DomainModel.TOPIC_MODEL_THRESHOLDS);
    }

    private static final class Domain {
        static final DomainModel MODEL = DomainModel.load(DOMAIN);
        static final TopicReader READER = new TopicReader(MODEL, null);
    }

    /** Cross-validation within {@code annotated} (over {@link TrainModels#folds}): the best C and thresholds. */
    static Choice choose(List<List<Example>> annotated) {
        List<List<Example>> sets = TrainModels.folds(annotated);
        Choice best = null;
        for (double c : C_GRID) {
            // counts[set][rule value ...] = {tp, fp, fn, tpTop, fpTop, fnTop}
            double choiceC = c;
            // the folds are independent: counted side by side, read back in fold order
            List<FoldCounts> folds = IntStream.range(0, sets.size())
                    .parallel()
                    .mapToObj(out -> foldCounts(sets, out, choiceC))
                    .toList();
            List<long[][][]> withTopics =
                    folds.stream().map(FoldCounts::withTopics).toList();
            List<long[][]> without = folds.stream().map(FoldCounts::without).toList();
            double[] cues = new double[sets.size()];
            for (int out = 0; out < sets.size(); out++) {
                cues[out] =
                        measure(withTopics.get(out)[0][ADD_GRID.length - 1], without.get(out)[FILL_GRID.length - 1]);
            }
            for (int d = 0; d < DROP_GRID.length; d++) {
                for (int g = 0; g < ADD_GRID.length; g++) {
                    for (int f = 0; f < FILL_GRID.length; f++) {
                        double sum = 0;
                        for (int out = 0; out < sets.size(); out++) {
                            double gain = measure(withTopics.get(out)[d][g], without.get(out)[f]) - cues[out];
                            sum += gain + LOSS_WEIGHT * Math.min(gain, 0);
                        }
                        double mean = sum / sets.size();
                        if (best == null || mean > best.score() + 1e-9) {
                            best = new Choice(c, DROP_GRID[d], ADD_GRID[g], FILL_GRID[f], mean);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** One left-out set's counts, for every threshold combination: claims with cue topics and claims without. */
    private record FoldCounts(long[][][] withTopics, long[][] without) {}

    private static FoldCounts foldCounts(List<List<Example>> sets, int out, double c) {
        LinearModel model = parse(write(TrainModels.allBut(sets, out), new Choice(c, 0, 1, 1, 0), "cross-validation"));
        long[][][] a = new long[DROP_GRID.length][ADD_GRID.length][6];
        long[][] b = new long[FILL_GRID.length][6];
        for (Example example : sets.get(out)) {
            double[] p = model.independent(example.features());
            if (example.topics().isEmpty()) {
                for (int f = 0; f < FILL_GRID.length; f++) {
                    count(example, fuse(example, model, p, 0, 1, FILL_GRID[f]), b[f]);
                }
            } else {
                for (int d = 0; d < DROP_GRID.length; d++) {
                    for (int g = 0; g < ADD_GRID.length; g++) {
                        count(example, fuse(example, model, p, DROP_GRID[d], ADD_GRID[g], 1), a[d][g]);
                    }
                }
            }
        }
        return new FoldCounts(a, b);
    }

    /** The mean of topics F1 and top-level topics F1 of the summed counts of two parts of a set. */
    private static double measure(long[] a, long[] b) {
        double exact = f1(a[0] + b[0], a[1] + b[1], a[2] + b[2]);
        double top = f1(a[3] + b[3], a[4] + b[4], a[5] + b[5]);
        return (exact + top) / 2;
    }

    /** The topics the claim ends with: the fusion, then the position reader's topic. */
    static List<String> fuse(Example example, LinearModel model, double[] p, double drop, double add, double fill) {
        List<String> topics =
                new ArrayList<>(Domain.READER.fuse(example.topics(), model.classes(), p, drop, add, fill));
        for (String q : example.question()) {
            if (topics.stream().noneMatch(t -> t.equals(q) || t.startsWith(q + "."))) {
                topics.removeIf(t -> q.startsWith(t + "."));
                topics.add(q);
            }
        }
        return topics;
    }

    static void count(Example example, List<String> got, long[] counts) {
        tally(new HashSet<>(example.gold()), new HashSet<>(got), counts, 0);
        tally(topLevel(example.gold()), topLevel(got), counts, 3);
    }

    private static void tally(Set<String> gold, Set<String> got, long[] counts, int at) {
        long tp = got.stream().filter(gold::contains).count();
        counts[at] += tp;
        counts[at + 1] += got.size() - tp;
        counts[at + 2] += gold.size() - tp;
    }

    private static Set<String> topLevel(List<String> topics) {
        Set<String> top = new HashSet<>();
        topics.forEach(t -> top.add(t.contains(".") ? t.substring(0, t.indexOf('.')) : t));
        return top;
    }

    static double f1(long tp, long fp, long fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** The gold topics with their ancestors: the topics a claim is "about" for the yes/no models. */
    private static Set<String> about(List<String> gold) {
        Set<String> all = new HashSet<>();
        for (String topic : gold) {
            all.add(topic);
            all.addAll(Domain.MODEL.ancestors(topic));
        }
        return all;
    }

    /** Trains one yes/no model per topic with the choice's C and writes the model file with its thresholds. */
    static String write(List<Example> examples, Choice choice, String provenance) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> vocabulary = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        vocabulary.forEach(f -> index.put(f, index.size() + 1));
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        List<Set<String>> about = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = TrainModels.row(examples.get(i).features(), index, problem.n);
            about.add(about(examples.get(i).gold()));
        }
        Linear.disableDebugOutput();
        List<String> topics = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (String topic : Domain.MODEL.topicIds()) {
            int positives = 0;
            for (int i = 0; i < examples.size(); i++) {
                problem.y[i] = about.get(i).contains(topic) ? 1 : 0;
                positives += (int) problem.y[i];
            }
            if (positives < MIN_COUNT) {
                continue;
            }
            Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, choice.c(), 0.001));
            double[] w = model.getFeatureWeights().clone();
            if (model.getLabels()[0] != 1) {
                for (int k = 0; k < w.length; k++) {
                    w[k] = -w[k];
                }
            }
            topics.add(topic);
            weights.add(w);
        }
        StringBuilder out = new StringBuilder();
        out.append("# The topic model: one yes/no logistic regression per topic id over the features of ")
                .append("io.claimbase.extract.tag.TopicReader,\n")
                .append("# fused with the topic cues by the thresholds below (see TopicReader.fuse). ")
                .append(TrainModels.writtenBy(provenance, examples.size(), vocabulary.size(), choice.c()))
                .append("change of (topics F1 + top-level topics F1) / 2, ")
                .append("losses weighted ")
                .append(TrainModels.fmt(1 + LOSS_WEIGHT))
                .append(": ")
                .append(TrainModels.fmt(choice.score()))
                .append("). Do not edit by hand: re-train.\n# feature\tclass\tweight\n")
                .append("threshold\tdrop\t")
                .append(TrainModels.fmt(choice.drop()))
                .append("\nthreshold\tadd\t")
                .append(TrainModels.fmt(choice.add()))
                .append("\nthreshold\tfill\t")
                .append(TrainModels.fmt(choice.fill()))
                .append('\n');
        for (int t = 0; t < topics.size(); t++) {
            out.append("bias\t")
                    .append(topics.get(t))
                    .append('\t')
                    .append(TrainModels.fmt(weights.get(t)[problem.n - 1]))
                    .append('\n');
        }
        for (int f = 0; f < vocabulary.size(); f++) {
            for (int t = 0; t < topics.size(); t++) {
                String value = TrainModels.fmt(weights.get(t)[f]);
                if (Math.abs(Double.parseDouble(value)) >= MIN_WEIGHT) {
                    out.append(vocabulary.get(f))
                            .append('\t')
                            .append(topics.get(t))
                            .append('\t')
                            .append(value)
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
