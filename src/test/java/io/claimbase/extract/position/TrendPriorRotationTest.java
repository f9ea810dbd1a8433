package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.ExtractedPosition.Trend;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.learn.TrainModels;
import io.claimbase.extract.learn.TrendTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-set-out for the learned usual trends ({@link TrendPrior}): for each of the seven readable sets, the counts
 * of the six others, and the positions of the left-out set end to end (as at ingest) with and without them. Prints
 * label accuracy, score error and trend accuracy per set; the usual trend only fills a trend the author's words leave
 * open, so label and score cannot move, and trend must not lose on any set.
 */
class TrendPriorRotationTest {

    private static final String QUESTION = "china-russia-alignment";
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path SEEDS = Path.of("seeds");
    private static final List<Question> QUESTIONS = QuestionLoader.load(Path.of("seeds/domain/questions.yaml"));

    @Test
    void theUsualTrendHelpsOnTheLeftOutSets() {
        Map<String, List<GoldArticle>> sets = new LinkedHashMap<>();
        for (String set : TrainModels.SETS) {
            sets.put(set, articles(set));
        }
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        Map<GoldArticle, Extraction> extracted = new IdentityHashMap<>();
        sets.values()
                .forEach(list -> list.forEach(a -> extracted.put(a, extractor.extract(ArticleInput.of(a.rawText())))));

        StringBuilder report = new StringBuilder("== usual trend, leave-one-set-out (end to end)\n");
        report.append(String.format(Locale.ROOT, "%-12s %-11s %-21s %-21s%n", "set", "label", "score error", "trend"));
        int before = 0;
        int after = 0;
        int scored = 0;
        int setsHelped = 0;
        int setsLost = 0;
        int filled = 0;
        int noneBefore = 0;
        int noneAfter = 0;
        int positions = 0;
        int ties = 0;
        for (String out : sets.keySet()) {
            List<TrendPrior.Seen> training = new ArrayList<>();
            sets.forEach((name, list) -> {
                if (!name.equals(out)) {
                    training.addAll(seen(list));
                }
            });
            List<GoldArticle> test = sets.get(out);
            PositionEvaluation.Result without = evaluate(new PositionAssessor(QUESTIONS), test, extracted);
            PositionEvaluation.Result with =
                    evaluate(new PositionAssessor(QUESTIONS, TrendPrior.count(training)), test, extracted);
            noneBefore += withNone(without);
            noneAfter += withNone(with);
            positions += (int)
                    with.rows().stream().filter(r -> r.goldLabel() != null).count();
            int b = trendsRight(without);
            int a = trendsRight(with);
            int n = trended(with);
            before += b;
            after += a;
            scored += n;
            setsHelped += a > b ? 1 : 0;
            setsLost += a < b ? 1 : 0;
            for (GoldArticle article : test) {
                String rationale = new PositionAssessor(QUESTIONS, TrendPrior.count(training))
                                .assess(
                                        extracted.get(article).metadata().title(),
                                        extracted.get(article).claims())
                                .stream()
                                .filter(p -> p.question().equals(QUESTION))
                                .map(p -> p.rationale())
                                .findFirst()
                                .orElse("");
                filled += rationale.contains("says no direction") ? 1 : 0;
                ties += rationale.contains("both ways") ? 1 : 0;
            }
            assertEquals(without.labelAccuracy(), with.labelAccuracy(), out + " label accuracy");
            assertEquals(without.meanAbsoluteScoreError(), with.meanAbsoluteScoreError(), out + " score error");
            report.append(String.format(
                    Locale.ROOT,
                    "%-12s %-11s %-21s %d/%d -> %d/%d (%.2f -> %.2f)%n",
                    out,
                    String.format(Locale.ROOT, "%.2f", with.labelAccuracy()),
                    String.format(Locale.ROOT, "%.2f", with.meanAbsoluteScoreError()),
                    b,
                    n,
                    a,
                    n,
                    b / (double) n,
                    a / (double) n));
        }
        report.append(String.format(
                Locale.ROOT,
                "all          trend %d/%d -> %d/%d; better on %d sets, worse on %d; the usual trend filled %d"
                        + " positions and broke %d ties%n",
                before,
                scored,
                after,
                scored,
                setsHelped,
                setsLost,
                filled,
                ties));
        report.append(String.format(
                Locale.ROOT,
                "with none as a fourth trend, over every annotated position: %d/%d -> %d/%d%n",
                noneBefore,
                positions,
                noneAfter,
                positions));
        System.out.println(report);
        assertEquals(0, setsLost, "the usual trend lost on a left-out set");
        assertTrue(after > before, "the usual trend helped nowhere");
    }

    /** Re-training gives the committed {@code models/trend.tsv}, byte for byte. */
    @Test
    void retrainingReproducesTheCommittedCounts() throws IOException {
        assertEquals(Files.readString(TrendTraining.FILE), TrendTraining.train());
    }

    private static PositionEvaluation.Result evaluate(
            PositionAssessor assessor, List<GoldArticle> articles, Map<GoldArticle, Extraction> extracted) {
        return new PositionEvaluation(assessor, QUESTION)
                .run(
                        articles,
                        a -> extracted.get(a).claims(),
                        a -> extracted.get(a).metadata().title());
    }

    private static int trendsRight(PositionEvaluation.Result result) {
        return (int) result.rows().stream()
                .filter(r -> r.goldTrend() != null && r.goldTrend().equals(r.trend()))
                .count();
    }

    /** Positions (annotated) whose trend is right, none counting as a trend of its own. */
    private static int withNone(PositionEvaluation.Result result) {
        return (int) result.rows().stream()
                .filter(r -> r.goldLabel() != null && java.util.Objects.equals(r.goldTrend(), r.trend()))
                .count();
    }

    private static int trended(PositionEvaluation.Result result) {
        return (int) result.rows().stream().filter(r -> r.goldTrend() != null).count();
    }

    private static List<TrendPrior.Seen> seen(List<GoldArticle> articles) {
        List<TrendPrior.Seen> seen = new ArrayList<>();
        for (GoldArticle a : articles) {
            for (GoldArticle.GoldPosition p : a.positions()) {
                seen.add(new TrendPrior.Seen(
                        p.question(),
                        p.label(),
                        p.trend() == null ? null : Trend.valueOf(p.trend().toUpperCase(Locale.ROOT))));
            }
        }
        return seen;
    }

    private static List<GoldArticle> articles(String set) {
        return switch (set) {
            case "development" -> GoldArticle.all(GOLD, SEEDS);
            case "held-out" -> GoldArticle.heldOut(GOLD, SEEDS);
            default -> GoldArticle.blind(GOLD, SEEDS, set);
        };
    }
}
