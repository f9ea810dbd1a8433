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
 * kept within half a step of that label.
 */
final class Tally {

    record Decision(ScaleLevel level, double score, double agreement, double total) {}

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
        double score = Math.max(top.score() - 0.5, Math.min(top.score() + 0.5, mean));
        return Optional.of(new Decision(top, Math.round(score * 10) / 10.0, positive(top) / total, total));
    }

    private double positive(ScaleLevel level) {
        return Math.max(0, balance.get(level.label()));
    }
}
