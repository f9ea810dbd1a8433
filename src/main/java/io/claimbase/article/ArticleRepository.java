package io.claimbase.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Locks the article's row until the end of the transaction ({@code select ... for update}); false when there is no
     * such article.
     */
    public Uni<Boolean> lockForUpdate(long id) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select id from article where id = :id for update", Long.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    /**
     * Stores a new article on a connection of the reactive pool, in its transaction (an ingest's), and sets its
     * generated id: the row Hibernate's persist wrote, every mapped column given.
     */
    public Uni<Article> insert(SqlConnection conn, Article article) {
        return conn.preparedQuery("""
                insert into article (title, author_id, outlet, url, published_on, published_precision, language, body,
                                     raw_body, raw_html, content_hash, word_count, extractor_version, ingested_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                returning id""")
                .execute(Tuple.from(Arrays.asList(
                        article.title,
                        article.author == null ? null : article.author.id,
                        article.outlet,
                        article.url,
                        article.publishedOn,
                        article.publishedPrecision,
                        article.language,
                        article.body,
                        article.rawBody,
                        article.rawHtml,
                        article.contentHash,
                        article.wordCount,
                        article.extractorVersion,
                        article.ingestedAt)))
                .map(rows -> {
                    article.id = rows.iterator().next().getLong(0);
                    return article;
                });
    }

    public Uni<Article> findWithAuthor(long id) {
        return find("from Article a left join fetch a.author where a.id = ?1", id)
                .firstResult();
    }

    public Uni<List<Long>> idsWithExtractorOtherThan(String version) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select id from Article where extractorVersion <> :version order by id", Long.class)
                        .setParameter("version", version)
                        .getResultList());
    }
}
