package io.claimbase.extract.position;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds up the author's scale signals: a cue counts for its label; a negated cue counts against its label and, at
 * half weight, for the label it points to. The label is the one with the largest positive balance (a stray cue at
 * either end of the scale cannot move it); the score is the weighted mean of the labels with a positive balance,
 * kept within a quarter step of that label ({@link #MAX_LEAN}).
 */
final class Tally {

    record Decision(ScaleLevel level, double score, double agreement, double total) {}

    /**
     * How far the score may lean from the label's own score towards the other labels in favour: a quarter step. Readers
     * score an article at its label (every annotated score of the gold sets is its label's); the lean keeps the order
     * among articles of one label without reading half a step off on every article that has a dissenting cue (before
     * 2026-12-07 half a step: score error over the readable sets 0.26 -> 0.17, no label changed).
     */
    static final double MAX_LEAN = 0.25;

    private final List<ScaleLevel> scale;
    private final Map<String, Double> balance = new LinkedHashMap<>();

    Tally(List<ScaleLevel> scale) {
        this.scale = scale;
        scale.forEach(l -> balance.put(l.label(), 0.0));
    }

    void add(Signal.Level signal) {
        if (signal.weight() <= 0) {
            return;
        }
        if (!signal.negated()) {
            balance.merge(signal.label(), signal.weight(), Double::sum);
            return;
        }
        balance.merge(signal.label(), -signal.weight(), Double::sum);
        if (signal.pointsTo() != null) {
            balance.merge(signal.pointsTo(), signal.weight() * QuestionMatcher.NEGATED_POINTS_TO, Double::sum);
        }
    }

    Optional<Decision> decide() {
        double total = scale.stream().mapToDouble(this::positive).sum();
        if (total <= 0) {
            return Optional.empty();
        }
        double mean = scale.stream().mapToDouble(l -> l.score() * positive(l)).sum() / total;
        ScaleLevel top = scale.stream()
                .max(Comparator.comparingDouble(this::positive).thenComparingDouble(l -> -Math.abs(l.score() - mean)))
                .orElseThrow();
        double score = Math.max(top.score() - MAX_LEAN, Math.min(top.score() + MAX_LEAN, mean));
        return Optional.of(new Decision(top, Math.round(score * 10) / 10.0, positive(top) / total, total));
    }

    private double positive(ScaleLevel level) {
        return Math.max(0, balance.get(level.label()));
    }
}
