package io.claimbase.extract.position;

import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.ExtractedPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the assessor's positions with the gold set: label accuracy (a silent article must stay silent), mean
 * absolute score error, trend accuracy, and evidence precision (share of the claims that counted for the author
 * that the annotator also lists as evidence) and recall.
 */
final class PositionEvaluation {

    record Row(
            String article,
            String goldLabel,
            String label,
            Double goldScore,
            Double score,
            String goldTrend,
            String trend,
            int evidenceCounted,
            int evidenceInGold,
            int goldEvidence,
            int goldEvidenceFound,
            String details) {

        boolean labelRight() {
            return String.valueOf(goldLabel).equals(String.valueOf(label));
        }
    }

    record Result(List<Row> rows) {

        long articles() {
            return rows.size();
        }

        double labelAccuracy() {
            return rows.stream().filter(Row::labelRight).count() / (double) rows.size();
        }

        double meanAbsoluteScoreError() {
            return rows.stream()
                    .filter(r -> r.goldScore() != null && r.score() != null)
                    .mapToDouble(r -> Math.abs(r.goldScore() - r.score()))
                    .average()
                    .orElse(Double.NaN);
        }

        double trendAccuracy() {
            List<Row> scored = rows.stream().filter(r -> r.goldTrend() != null).toList();
            return scored.stream().filter(r -> r.goldTrend().equals(r.trend())).count() / (double) scored.size();
        }

        /**
         * Trend right on every article the gold gives a position, "no trend" counted as a value of its own: a reader
         * that always names a trend loses here where the gold has none, which {@link #trendAccuracy()} (articles with a
         * gold trend only) cannot show.
         */
        double trendAccuracyWithNone() {
            List<Row> scored = rows.stream().filter(r -> r.goldLabel() != null).toList();
            return scored.stream()
                            .filter(r -> String.valueOf(r.goldTrend()).equals(String.valueOf(r.trend())))
                            .count()
                    / (double) scored.size();
        }

        double evidencePrecision() {
            int counted = rows.stream().mapToInt(Row::evidenceCounted).sum();
            return rows.stream().mapToInt(Row::evidenceInGold).sum() / (double) counted;
        }

        double evidenceRecall() {
            int gold = rows.stream().mapToInt(Row::goldEvidence).sum();
            return rows.stream().mapToInt(Row::goldEvidenceFound).sum() / (double) gold;
        }

        String report(String title) {
            return report(title, false);
        }

        /** @param sealed figures only, no article row (see {@code SealedSets}) */
        String report(String title, boolean sealed) {
            StringBuilder out = new StringBuilder("== " + title + (sealed ? " (sealed)" : "") + "\n");
            if (!sealed) {
                rows(out);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "label accuracy %.2f (%d articles) | mean absolute score error "
                            + "%.2f | trend accuracy %.2f (with none as a value %.2f) | evidence precision %.2f, recall"
                            + " %.2f%n",
                    labelAccuracy(),
                    articles(),
                    meanAbsoluteScoreError(),
                    trendAccuracy(),
                    trendAccuracyWithNone(),
                    evidencePrecision(),
                    evidenceRecall()));
            return out.toString();
        }

        private void rows(StringBuilder out) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-42s %-22s %-22s %5s %5s %-13s %-13s %s%n",
                    "article",
                    "gold label",
                    "label",
                    "gold",
                    "score",
                    "gold trend",
                    "trend",
                    "evidence in gold"));
            for (Row r : rows) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-42s %-22s %-22s %5s %5s %-13s %-13s %d/%d%n",
                        r.article(),
                        r.goldLabel(),
                        r.label(),
                        r.goldScore(),
                        r.score(),
                        r.goldTrend(),
                        r.trend(),
                        r.evidenceInGold(),
                        r.evidenceCounted()));
                if (DETAILS) {
                    out.append(r.details());
                }
            }
        }
    }

    /**
     * With {@code -Deval.details=true}, every article row of a readable set is followed by the position's rationale,
     * each evidence claim (its kind, certainty, attribution, cues, weight, whether it supports the label and whether
     * the annotator cites it) and the annotator's evidence the assessor did not read at all. Sealed sets never print
     * rows.
     */
    static final boolean DETAILS = Boolean.getBoolean("eval.details");

    private final PositionAssessor assessor;
    private final String question;

    PositionEvaluation(PositionAssessor assessor, String question) {
        this.assessor = assessor;
        this.question = question;
    }

    /** @param claimsOf how an article becomes claims (the gold claims, or sentences of the raw text) */
    Result run(List<GoldArticle> articles, Function<GoldArticle, List<ExtractedClaim>> claimsOf) {
        return run(articles, claimsOf, a -> null);
    }

    /** @param titleOf the article's title as the service would have it (the extractor's), or null */
    Result run(
            List<GoldArticle> articles,
            Function<GoldArticle, List<ExtractedClaim>> claimsOf,
            Function<GoldArticle, String> titleOf) {
        List<Row> rows = new ArrayList<>();
        for (GoldArticle article : articles) {
            List<ExtractedClaim> claims = claimsOf.apply(article);
            Map<Integer, String> textByOrdinal =
                    claims.stream().collect(Collectors.toMap(ExtractedClaim::ordinal, ExtractedClaim::text));
            ExtractedPosition p = assessor.assess(titleOf.apply(article), claims).stream()
                    .filter(x -> x.question().equals(question))
                    .findFirst()
                    .orElse(null);
            GoldArticle.GoldPosition gold = article.position(question);
            List<String> goldEvidence = gold == null ? List.of() : gold.evidence();
            List<String> counted = p == null
                    ? List.of()
                    : p.evidence().stream()
                            .filter(e -> e.weight() > 0)
                            .map(e -> textByOrdinal.get(e.claimOrdinal()))
                            .toList();
            List<String> all = p == null
                    ? List.of()
                    : p.evidence().stream()
                            .map(e -> textByOrdinal.get(e.claimOrdinal()))
                            .toList();
            int inGold = (int) counted.stream()
                    .filter(t -> goldEvidence.stream().anyMatch(g -> same(g, t)))
                    .count();
            int found = (int) goldEvidence.stream()
                    .filter(g -> all.stream().anyMatch(t -> same(g, t)))
                    .count();
            rows.add(new Row(
                    article.name(),
                    gold == null ? null : gold.label(),
                    p == null ? null : p.label(),
                    gold == null ? null : gold.score(),
                    p == null ? null : p.score(),
                    gold == null ? null : gold.trend(),
                    p == null || p.trend() == null ? null : p.trend().name().toLowerCase(Locale.ROOT),
                    counted.size(),
                    inGold,
                    goldEvidence.size(),
                    found,
                    DETAILS ? details(p, claims, goldEvidence) : ""));
        }
        return new Result(rows);
    }

    private static String details(ExtractedPosition p, List<ExtractedClaim> claims, List<String> goldEvidence) {
        StringBuilder out = new StringBuilder();
        Map<Integer, ExtractedClaim> byOrdinal =
                claims.stream().collect(Collectors.toMap(ExtractedClaim::ordinal, c -> c));
        List<String> read = new ArrayList<>();
        if (p != null) {
            out.append("    rationale: ").append(p.rationale()).append('\n');
            for (ExtractedPosition.Evidence e : p.evidence()) {
                ExtractedClaim c = byOrdinal.get(e.claimOrdinal());
                read.add(c.text());
                boolean cited = goldEvidence.stream().anyMatch(g -> same(g, c.text()));
                out.append(String.format(
                        Locale.ROOT,
                        "    %s %-10s %-8s %-22s w=%.2f %s -> %s [%s] %s%n",
                        cited ? "G" : " ",
                        c.kind().name().toLowerCase(Locale.ROOT),
                        c.certainty().name().toLowerCase(Locale.ROOT),
                        c.attribution() == null
                                ? "author"
                                : c.attribution().type().name().toLowerCase(Locale.ROOT)
                                        + (c.attribution().source() == null
                                                ? ""
                                                : ":" + c.attribution().source()),
                        e.weight(),
                        e.supports() ? "+" : "-",
                        e.pointsTo(),
                        e.cue(),
                        c.text()));
            }
        }
        for (String g : goldEvidence) {
            if (read.stream().noneMatch(t -> same(g, t))) {
                out.append("    MISSED ").append(g).append('\n');
            }
        }
        return out.toString();
    }

    /** The same sentence, allowing for a splitter that cut it differently: one contains the other. */
    private static boolean same(String gold, String claim) {
        String g = normalise(gold);
        String c = normalise(claim);
        return !c.isEmpty() && (g.contains(c) || c.contains(g));
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .replaceAll("[.\\s]+$", "")
                .strip();
    }
}
