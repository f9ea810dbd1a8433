package io.claimbase.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sparse linear classifier read from a tab-separated data file in {@code seeds/domain/models/}, trained offline
 * (one-vs-rest logistic regression; see the test-scope trainer {@code io.claimbase.extract.learn.TrainModels}) and
 * scored here by a dot product: no training and no download at run time. Immutable and thread-safe.
 *
 * <p>The file, one row a line, blank lines and {@code #} comments ignored:
 * <ul>
 * <li>{@code bias <TAB> class <TAB> weight}: one per class (required for every class that has weights);</li>
 * <li>{@code feature <TAB> class <TAB> weight}: a feature's weight for a class ({@code w:signed},
 * {@code b:joint drills}, {@code cue:deal}); features missing from the file weigh nothing;</li>
 * <li>{@code threshold <TAB> name <TAB> value}: a fusion threshold in [0, 1] (see the reader that uses the model;
 * 1 switches its rule off).</li>
 * </ul>
 * A class's probability is the logistic of its score, normalised over the classes (as liblinear does for
 * one-vs-rest).
 */
public final class LinearModel {

    /** The class that stands for "none of the others" (no event). */
    public static final String NONE = "none";

    private final List<String> classes;
    private final double[] bias;
    private final Map<String, double[]> weights;
    private final Map<String, Double> thresholds;

    private LinearModel(
            List<String> classes, double[] bias, Map<String, double[]> weights, Map<String, Double> thresholds) {
        this.classes = List.copyOf(classes);
        this.bias = bias;
        this.weights = weights;
        this.thresholds = Map.copyOf(thresholds);
    }

    /** The classes in the order of the file's first mention of each. */
    public List<String> classes() {
        return classes;
    }

    /** A named threshold, or {@code fallback} when the file gives none. */
    public double threshold(String name, double fallback) {
        return thresholds.getOrDefault(name, fallback);
    }

    /** Each class's score (bias plus the weights of the present features), before the logistic. */
    private double[] scores(Collection<String> features) {
        double[] score = bias.clone();
        for (String feature : features) {
            double[] w = weights.get(feature);
            if (w != null) {
                for (int c = 0; c < score.length; c++) {
                    score[c] += w[c];
                }
            }
        }
        return score;
    }

    /** The probability of every class for a set of present (binary) features, summing to 1. */
    public Map<String, Double> probabilities(Collection<String> features) {
        double[] score = scores(features);
        double sum = 0;
        for (int c = 0; c < score.length; c++) {
            score[c] = 1 / (1 + Math.exp(-score[c]));
            sum += score[c];
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int c = 0; c < score.length; c++) {
            probabilities.put(classes.get(c), score[c] / sum);
        }
        return probabilities;
    }

    /**
     * Each class's own probability for a set of present (binary) features, not normalised: the logistic of its score,
     * for a model whose classes are independent yes/no questions (a claim may have several topics).
     */
    public double[] independent(Collection<String> features) {
        double[] score = scores(features);
        for (int c = 0; c < score.length; c++) {
            score[c] = 1 / (1 + Math.exp(-score[c]));
        }
        return score;
    }

    /** Reads and validates a model file; {@code allowed}: the class names it may use. */
    public static LinearModel read(Path file, Set<String> allowed, Set<String> thresholdNames) {
        try {
            return parse(file.toString(), Files.readAllLines(file), allowed, thresholdNames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses a model's rows; every failure is a {@link DomainDataException} whose message starts with
     * {@code source:line:}.
     */
    public static LinearModel parse(
            String source, List<String> lines, Set<String> allowed, Set<String> thresholdNames) {
        List<String> classes = new ArrayList<>();
        Map<String, Double> biases = new HashMap<>();
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (fields.length != 3) {
                throw fail(
                        source,
                        line,
                        "expected 3 tab-separated fields (feature, class, weight), found " + fields.length);
            }
            String feature = fields[0].strip();
            String target = fields[1].strip();
            double value = number(source, line, fields[2].strip());
            if (feature.isEmpty() || target.isEmpty()) {
                throw fail(source, line, "blank feature or class");
            }
            Integer seen = firstLine.putIfAbsent(feature + "\t" + target, line);
            if (seen != null) {
                throw fail(
                        source,
                        line,
                        "duplicate row '" + feature + "' / '" + target + "' (first on line " + seen + ")");
            }
            if (feature.equals("threshold")) {
                if (!thresholdNames.contains(target)) {
                    throw fail(source, line, "unknown threshold '" + target + "' (known: " + thresholdNames + ")");
                }
                if (value < 0 || value > 1) {
                    throw fail(source, line, "threshold '" + target + "' must lie in [0, 1], found " + value);
                }
                thresholds.put(target, value);
                continue;
            }
            if (!allowed.contains(target)) {
                throw fail(source, line, "unknown class '" + target + "'");
            }
            if (!classes.contains(target)) {
                classes.add(target);
            }
            if (feature.equals("bias")) {
                biases.put(target, value);
            } else {
                rows.computeIfAbsent(feature, f -> new HashMap<>()).put(target, value);
            }
        }
        if (classes.size() < 2) {
            throw fail(source, 0, "a model needs at least two classes, found " + classes);
        }
        for (String target : classes) {
            if (!biases.containsKey(target)) {
                throw fail(source, 0, "no bias row for class '" + target + "'");
            }
        }
        double[] bias = new double[classes.size()];
        for (int c = 0; c < bias.length; c++) {
            bias[c] = biases.get(classes.get(c));
        }
        Map<String, double[]> weights = new HashMap<>();
        rows.forEach((feature, byClass) -> {
            double[] w = new double[classes.size()];
            byClass.forEach((target, value) -> w[classes.indexOf(target)] = value);
            weights.put(feature, w);
        });
        return new LinearModel(classes, bias, weights, thresholds);
    }

    private static double number(String source, int line, String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw fail(source, line, "weight '" + text + "' is not a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw fail(source, line, "weight '" + text + "' is not a number");
        }
    }

    private static DomainDataException fail(String source, int line, String message) {
        return new DomainDataException(DomainYaml.at(source, line) + message);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "LinearModel%s with %d features, thresholds %s", classes, weights.size(), thresholds);
    }
}
