package io.claimbase.position;

import io.claimbase.article.AuthorRef;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.ScaleLevel;
import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.position.PositionViews.Evidence;
import io.claimbase.position.PositionViews.Stance;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One row per author and question from per-article positions. Overall: the confidence-weighted mean score of the
 * articles that commit to a label, the scale label nearest to it, the weighted plurality trend, and a confidence
 * that falls when the articles disagree. Latest: the stance of the most recently published article (ingest order
 * when dates are missing). Articles without a known author each make their own row. Rows are ordered by question,
 * overall score (rounded to one decimal; undetermined last), author name (unknown last), then latest article id.
 * The row lists the {@value #STANCES_PER_ROW} latest articles' stances and the {@value #EVIDENCE_PER_ROW} strongest
 * evidence claims (supporting first, then by weight, then latest article first, then reading order).
 *
 * <p>{@link AuthorPositionQueries} sums and orders in SQL (weights are a position's confidence as stored, at least
 * 0.01, in exact decimals); this class turns one group's sums into its row.
 */
final class AuthorAggregation {

    static final int EVIDENCE_PER_ROW = 10;
    static final int STANCES_PER_ROW = 50;

    /**
     * What SQL computed for one question and writer.
     *
     * @param weights       sum of the weights of the positions with a score; null when none has one
     * @param exactScore    weighted mean score of those, unrounded (nearest label); null when none
     * @param score         the same rounded to one decimal (the order and the row's score)
     * @param meanAll       mean confidence of all the group's positions
     * @param meanDecided   mean confidence of the positions with a score
     * @param labelWeights  sum of weights per label, of the positions with a score
     * @param trendWeights  sum of weights per trend
     * @param stances       the latest stances, latest first
     * @param evidence      the strongest evidence, in order
     */
    record Group(
            long questionId,
            String question,
            long writer,
            AuthorRef author,
            Double weights,
            Double exactScore,
            Double score,
            double meanAll,
            double meanDecided,
            Map<String, Double> labelWeights,
            Map<String, Double> trendWeights,
            List<Stance> stances,
            List<Evidence> evidence) {

        String key() {
            return questionId + "|" + writer;
        }
    }

    private AuthorAggregation() {}

    static AuthorPosition row(Question question, Group g) {
        String trend = g.trendWeights().entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
        Stance overall;
        if (g.weights() == null) {
            overall = new Stance(PositionAssessor.UNDETERMINED, null, trend, round(g.meanAll()), null, null);
        } else {
            double score = g.exactScore();
            ScaleLevel nearest = question.scale().stream()
                    .min(Comparator.comparingDouble(l -> Math.abs(l.score() - score)))
                    .orElseThrow();
            double agreeing = g.labelWeights().getOrDefault(nearest.label(), 0.0);
            overall = new Stance(
                    nearest.label(), g.score(), trend, round(g.meanDecided() * agreeing / g.weights()), null, null);
        }
        return new AuthorPosition(
                g.question(),
                g.author(),
                overall.label(),
                overall.score(),
                overall.trend(),
                overall.confidence(),
                g.stances().get(0),
                List.copyOf(g.stances()),
                List.copyOf(g.evidence()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
