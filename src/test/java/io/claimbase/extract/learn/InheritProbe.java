package io.claimbase.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.eval.ExtractionEvaluation;
import io.claimbase.extract.eval.GoldArticle;
import io.claimbase.extract.eval.GoldSet;
import io.claimbase.extract.tag.TimeCarry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Experiment of issue #13 (reverted in the next commit): can a learned yes/no model tell when a claim that names no
 * period speaks about the period of the dated claim just before it in its paragraph ({@link TimeCarry})? Examples:
 * every claim the shipped extractor leaves without a period, paired with a gold claim, that has a dated claim at most
 * {@link TimeCarry#REACH} claims before it in its paragraph; label: the gold period is that claim's. Logistic
 * regression cross-validated over five folds of whole sets; prints, per C and threshold, right carries of carries.
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.learn.InheritProbe}
 */
public final class InheritProbe {
    record Ex(List<String> features, boolean label, String text) {}

    public static void main(String[] args) {
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        List<List<Ex>> sets = new ArrayList<>();
        for (String set : TrainModels.SETS) {
            List<Ex> examples = new ArrayList<>();
            for (GoldArticle article : TrainModels.articles(set)) {
                Extraction e = extractor.extract(GoldSet.input(article));
                List<ExtractedClaim> claims = e.claims();
                List<GoldArticle.GoldClaim> gold = ExtractionEvaluation.pairs(article, claims);
                String text = e.cleanedText();
                for (int i = 0; i < claims.size(); i++) {
                    if (gold.get(i) == null || claims.get(i).time() != null) continue;
                    GoldArticle.GoldClaim g = gold.get(i);
                    String gt = g.time() == null || g.time().start() == null
                            ? null
                            : g.time().start() + ".." + g.time().end();
                    for (int j = i - 1; j >= 0 && j >= i - TimeCarry.REACH; j--) {
                        String between = text.substring(
                                claims.get(j).span().end(), claims.get(i).span().start());
                        if (between.contains("\n\n")) break;
                        if (claims.get(j).time() != null && claims.get(j).time().start() != null) {
                            String ct = claims.get(j).time().start() + ".."
                                    + claims.get(j).time().end();
                            examples.add(new Ex(
                                    TimeCarry.features(claims.get(i), claims.get(j), i - j),
                                    ct.equals(gt),
                                    claims.get(i).text()));
                            break;
                        }
                    }
                }
            }
            sets.add(examples);
        }
        List<List<Ex>> folds = TrainModels.folds(sets);
        int total = folds.stream().mapToInt(List::size).sum();
        long positives = folds.stream().flatMap(List::stream).filter(Ex::label).count();
        System.out.printf("%d examples, %d positive%n", total, positives);
        for (double c : new double[] {0.1, 0.25, 1, 4}) {
            List<double[]> scored = new ArrayList<>();
            for (int out = 0; out < folds.size(); out++) {
                List<Ex> train = TrainModels.allBut(folds, out);
                Map<String, Integer> counts = new TreeMap<>();
                train.forEach(x -> x.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
                Map<String, Integer> index = new LinkedHashMap<>();
                counts.forEach((f, n) -> {
                    if (n >= 2) index.put(f, index.size() + 1);
                });
                Problem p = new Problem();
                p.l = train.size();
                p.n = index.size() + 1;
                p.bias = 1;
                p.x = new Feature[train.size()][];
                p.y = new double[train.size()];
                for (int i = 0; i < train.size(); i++) {
                    p.x[i] = TrainModels.row(train.get(i).features(), index, p.n);
                    p.y[i] = train.get(i).label() ? 1 : 0;
                }
                Linear.disableDebugOutput();
                Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
                int yes = m.getLabels()[0] == 1 ? 0 : 1;
                for (Ex x : folds.get(out)) {
                    double[] prob = new double[2];
                    Linear.predictProbability(m, TrainModels.row(x.features(), index, p.n), prob);
                    scored.add(new double[] {prob[yes], x.label() ? 1 : 0});
                }
            }
            StringBuilder line = new StringBuilder(String.format("C %.2f:", c));
            for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
                int a = 0, ok = 0;
                for (double[] s : scored) {
                    if (s[0] > t) {
                        a++;
                        ok += (int) s[1];
                    }
                }
                line.append(String.format("  t%.1f: %d/%d", t, ok, a));
            }
            System.out.println(line);
        }
    }
}
