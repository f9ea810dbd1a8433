package io.claimbase.extract.learn;

import io.claimbase.extract.ExtractedPosition.Trend;
import io.claimbase.extract.eval.GoldArticle;
import io.claimbase.extract.position.TrendPrior;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Counts the trends of the annotated positions of the training sets, label by label, into {@code models/trend.tsv}
 * ({@link TrendPrior}): written by {@link TrainModels}, checked against the committed file by
 * {@code TrendPriorRotationTest}.
 */
public final class TrendTraining {

    /** The committed file. */
    public static final Path FILE = Path.of("seeds/domain").resolve(TrendPrior.FILE);

    private TrendTraining() {}

    /** The positions of these articles, as the prior counts them. */
    public static List<TrendPrior.Seen> seen(Collection<GoldArticle> articles) {
        List<TrendPrior.Seen> seen = new ArrayList<>();
        for (GoldArticle article : articles) {
            for (GoldArticle.GoldPosition p : article.positionsOrEmpty()) {
                seen.add(new TrendPrior.Seen(
                        p.question(),
                        p.label(),
                        p.trend() == null ? null : Trend.valueOf(p.trend().toUpperCase(Locale.ROOT))));
            }
        }
        return seen;
    }

    /** The file's text, counted over every training set of {@link TrainModels#SETS}. */
    public static String train() {
        List<TrendPrior.Seen> seen = new ArrayList<>();
        TrainModels.SETS.forEach(set -> seen.addAll(seen(TrainModels.articles(set))));
        long counted = seen.stream().filter(s -> s.trend() != null).count();
        return TrendPrior.count(seen)
                .write("The trend usual with each label of a question: how many annotated articles with that label were"
                        + " read as\nstrengthening, stable or weakening (see io.claimbase.extract.position.TrendPrior)."
                        + " Written by io.claimbase.extract.learn.TrainModels\n(" + TrainModels.provenance() + "; "
                        + counted + " positions with a trend). Do not edit by hand: re-train.");
    }
}
