package io.claimbase.extract.eval;

import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.learn.TrainModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Titles, authors and publication dates found in the text against the annotators', per open set (articles given as text; the seeds' titles
 * come from their manifest). Run with {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.eval.TitleReport}; {@code -Dexec.args=details} lists every disagreement with
 * the article's first lines.
 */
public final class TitleReport {

    private TitleReport() {}

    public static void main(String[] args) {
        boolean details = args.length > 0 && args[0].equals("details");
        Extractor extractor = Extractor.fromDirectory(Path.of("seeds/domain"));
        for (String set : TrainModels.SETS) {
            int total = 0;
            int agree = 0;
            int authors = 0;
            int dates = 0;
            StringBuilder others = new StringBuilder();
            StringBuilder out = new StringBuilder();
            StringBuilder unpaired = new StringBuilder();
            for (GoldArticle article : TrainModels.articles(set)) {
                if (article.text() == null) {
                    continue;
                }
                total++;
                Extraction e = extractor.extract(GoldSet.input(article));
                if (details) {
                    List<GoldArticle.GoldClaim> pairs = ExtractionEvaluation.pairs(article, e.claims());
                    java.util.Set<GoldArticle.GoldClaim> hit =
                            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    pairs.stream().filter(Objects::nonNull).forEach(hit::add);
                    for (GoldArticle.GoldClaim g : article.claims()) {
                        if (!hit.contains(g)) {
                            unpaired.append("  - MISSED ")
                                    .append(article.name())
                                    .append(": ")
                                    .append(g.text())
                                    .append('\n');
                        }
                    }
                    for (int i = 0; i < pairs.size(); i++) {
                        if (pairs.get(i) == null) {
                            unpaired.append("  - ")
                                    .append(article.name())
                                    .append(": ")
                                    .append(e.claims().get(i).text())
                                    .append('\n');
                        }
                    }
                }
                String foundAuthor = e.metadata().author();
                if (Objects.equals(normal(foundAuthor), normal(article.author()))) {
                    authors++;
                } else {
                    others.append("  - author gold: ")
                            .append(article.author())
                            .append(" | found: ")
                            .append(foundAuthor)
                            .append(" (")
                            .append(article.name())
                            .append(")\n");
                }
                String foundDate = e.metadata().publishedOn() == null
                        ? null
                        : e.metadata().publishedOn().toString();
                if (Objects.equals(foundDate, article.publishedOn())) {
                    dates++;
                } else {
                    others.append("  - date gold: ")
                            .append(article.publishedOn())
                            .append(" | found: ")
                            .append(foundDate)
                            .append(" (")
                            .append(article.name())
                            .append(")\n");
                }
                String found = e.metadata().title();
                if (Objects.equals(normal(found), normal(article.title()))) {
                    agree++;
                    continue;
                }
                out.append("  - gold:  ").append(article.title()).append('\n');
                out.append("    found: ").append(found).append('\n');
                if (details) {
                    article.text()
                            .lines()
                            .filter(l -> !l.isBlank())
                            .limit(6)
                            .forEach(l -> out.append("      | ")
                                    .append(l.length() > 110 ? l.substring(0, 110) + "…" : l)
                                    .append('\n'));
                }
            }
            System.out.println(set + ": titles " + agree + " of " + total + ", authors " + authors + " of " + total
                    + ", dates " + dates + " of " + total);
            System.out.print(out);
            if (details) {
                System.out.print(others);
            }
            if (details) {
                System.out.println(set + ": extracted claims paired with no gold claim");
                System.out.print(unpaired);
            }
        }
    }

    static String normal(String title) {
        return title == null ? null : title.strip().replaceAll("\\s+", " ");
    }
}
