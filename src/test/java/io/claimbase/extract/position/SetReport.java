package io.claimbase.extract.position;

import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.eval.ExtractionEvaluation;
import io.claimbase.extract.eval.GoldSet;
import io.claimbase.extract.eval.SealedSets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The shipped extractor's report on annotated sets named by folder (extraction figures and the author's positions end
 * to end), for a first run of a set that has no test of its own, such as a new training set before it is trained on:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.position.SetReport -Dexec.args="train-24 train-25"} ({@code
 * -Deval.details=true} for every disagreement). A sealed set is refused.
 */
public final class SetReport {

    private SetReport() {}

    public static void main(String[] args) {
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        PositionEvaluation positions = new PositionEvaluation(
                new PositionAssessor(
                        QuestionLoader.load(Path.of("seeds/domain/questions.yaml")),
                        TrendPrior.load(Path.of("seeds/domain"))),
                "china-russia-alignment");
        for (String set : args) {
            if (SealedSets.isSealed(set)) {
                throw new IllegalArgumentException(set + " is sealed: its figures come from its own tests");
            }
            List<io.claimbase.extract.eval.GoldArticle> articles = GoldSet.blind(set);
            System.out.println(
                    ExtractionEvaluation.run(articles, extractor::extract).report(set));
            int right = 0;
            StringBuilder wrong = new StringBuilder();
            for (io.claimbase.extract.eval.GoldArticle article : articles) {
                LocalDate found =
                        extractor.extract(GoldSet.input(article)).metadata().publishedOn();
                String gold = article.publishedOn();
                if (Objects.equals(gold, found == null ? null : found.toString())) {
                    right++;
                } else {
                    wrong.append("    - ")
                            .append(article.name())
                            .append(": ")
                            .append(gold)
                            .append(" got ")
                            .append(found)
                            .append('\n');
                }
            }
            System.out.println("publication dates: " + right + " of " + articles.size() + " right\n" + wrong);
            System.out.println(positions
                    .run(
                            GoldArticle.blind(Path.of("src/test/resources/gold"), Path.of("seeds"), set),
                            a -> extractor.extract(ArticleInput.of(a.rawText())).claims(),
                            a -> extractor
                                    .extract(ArticleInput.of(a.rawText()))
                                    .metadata()
                                    .title())
                    .report("positions on " + set + " (end to end)"));
        }
    }
}
