package io.claimbase.position;

import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.ScaleLevel;
import io.claimbase.position.PositionQueries.Stored;
import io.claimbase.position.PositionViews.ArticlePosition;
import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.position.PositionViews.Evidence;
import io.claimbase.position.PositionViews.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per author and question from per-article positions. Overall: the confidence-weighted mean score of the
 * articles that commit to a label, the scale label nearest to it, the weighted plurality trend, and a confidence
 * that falls when the articles disagree. Latest: the stance of the most recently published article (ingest order
 * when dates are missing). Articles without a known author each make their own row.
 */
final class AuthorAggregation {

    static final int EVIDENCE_PER_ROW = 10;

    private static final Comparator<Stored> LATEST_FIRST = Comparator
            .comparing(Stored::publishedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(s -> s.position().article().id()).reversed();

    /** Rows ordered by overall score (undetermined last), then author name. */
    static final Comparator<AuthorPosition> BY_SCORE = Comparator
            .comparing(AuthorPosition::question)
            .thenComparing(AuthorPosition::score, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(r -> r.author() == null ? "\uffff" : r.author().name())
            .thenComparingLong(r -> r.latest().article().id());

    private AuthorAggregation() {
    }

    static List<AuthorPosition> rows(List<Stored> positions, QuestionCatalog catalog) {
        Map<String, List<Stored>> groups = new LinkedHashMap<>();
        for (Stored s : positions) {
            ArticlePosition p = s.position();
            String key = p.question() + "|" + (p.author() == null ? "article:" + p.article().id()
                    : "author:" + p.author().id());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<AuthorPosition> rows = new ArrayList<>();
        groups.values().forEach(group -> catalog.find(group.get(0).position().question())
                .ifPresent(q -> rows.add(row(q, group))));
        rows.sort(BY_SCORE);
        return rows;
    }

    private static AuthorPosition row(Question question, List<Stored> group) {
        List<Stored> latestFirst = group.stream().sorted(LATEST_FIRST).toList();
        List<ArticlePosition> positions = latestFirst.stream().map(Stored::position).toList();
        List<Stance> stances = positions.stream().map(AuthorAggregation::stance).toList();
        Stance overall = overall(question, positions);
        List<Evidence> evidence = positions.stream().flatMap(p -> p.evidence().stream())
                .sorted(Comparator.comparing(Evidence::supports).reversed()
                        .thenComparing(Comparator.comparingDouble(Evidence::weight).reversed()))
                .limit(EVIDENCE_PER_ROW).toList();
        ArticlePosition first = positions.get(0);
        return new AuthorPosition(first.question(), first.author(), overall.label(), overall.score(), overall.trend(),
                overall.confidence(), stances.get(0), stances, evidence);
    }

    static Stance stance(ArticlePosition p) {
        return new Stance(p.label(), p.score(), p.trend(), p.confidence(), p.article(), p.curated());
    }

    private static Stance overall(Question question, List<ArticlePosition> positions) {
        List<ArticlePosition> decided = positions.stream().filter(p -> p.score() != null).toList();
        String trend = trend(positions);
        if (decided.isEmpty()) {
            return new Stance(PositionAssessor.UNDETERMINED, null, trend, round(mean(positions)), null, null);
        }
        double weights = decided.stream().mapToDouble(p -> weight(p)).sum();
        double score = decided.stream().mapToDouble(p -> p.score() * weight(p)).sum() / weights;
        ScaleLevel nearest = question.scale().stream()
                .min(Comparator.comparingDouble(l -> Math.abs(l.score() - score))).orElseThrow();
        double agreeing = decided.stream().filter(p -> p.label().equals(nearest.label())).mapToDouble(p -> weight(p))
                .sum();
        return new Stance(nearest.label(), Math.round(score * 10) / 10.0, trend,
                round(mean(decided) * agreeing / weights), null, null);
    }

    private static String trend(List<ArticlePosition> positions) {
        Map<String, Double> weights = new HashMap<>();
        positions.stream().filter(p -> p.trend() != null).forEach(p -> weights.merge(p.trend(), weight(p), Double::sum));
        return weights.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static double weight(ArticlePosition p) {
        return Math.max(p.confidence(), 0.01);
    }

    private static double mean(List<ArticlePosition> positions) {
        return positions.stream().mapToDouble(ArticlePosition::confidence).average().orElse(0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
