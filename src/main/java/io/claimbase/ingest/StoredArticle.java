package io.claimbase.ingest;

import io.claimbase.article.Article;
import io.claimbase.article.ArticleDetail;
import io.claimbase.article.ArticleView;
import io.claimbase.article.AuthorRef;
import io.claimbase.claim.Claim;
import io.claimbase.web.Dates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an ingest, built from what its transaction wrote instead of read back after the commit: the same
 * article, body and counts as {@code GET /articles/{id}} reads ({@code ArticleQueries.detail}), in the same order.
 */
final class StoredArticle {

    private StoredArticle() {}

    /** The article as stored, with its author, and the rows of its claims. */
    static ArticleDetail detail(Article article, List<Claim> claims) {
        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> byTopic = new HashMap<>();
        for (Claim claim : claims) {
            byKind.merge(claim.kind, 1L, Long::sum);
            for (String topic : claim.topics) {
                byTopic.merge(topic, 1L, Long::sum);
            }
        }
        AuthorRef author = article.author == null
                ? null
                : new AuthorRef(article.author.id, article.author.name, article.author.slug);
        ArticleView view = new ArticleView(
                article.id,
                article.title,
                author,
                article.outlet,
                article.url,
                Dates.format(article.publishedOn, article.publishedPrecision),
                article.publishedPrecision,
                article.wordCount,
                claims.size(),
                article.extractorVersion,
                article.ingestedAt);
        return new ArticleDetail(
                view,
                article.body,
                new ArticleDetail.ExtractionSummary(claims.size(), ordered(byKind), ordered(byTopic)));
    }

    /** Most frequent first, then by name in code-point order (the read side's {@code order by count desc, name}). */
    private static Map<String, Long> ordered(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(StoredArticle::byCodePoint)));
        Map<String, Long> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** PostgreSQL's {@code collate "C"} on UTF-8 text: the order of code points (not of UTF-16 units). */
    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
