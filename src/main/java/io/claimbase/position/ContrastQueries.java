package io.claimbase.position;

import io.claimbase.article.ArticleQueries;
import io.claimbase.article.ArticleView.AuthorRef;
import io.claimbase.extract.position.Contrasts;
import io.claimbase.extract.position.DirectionReader;
import io.claimbase.position.PositionViews.ArticleRef;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contrasting claims on a topic: the authors' own claims on the topic (or a narrower one) are read for direction and
 * paired by {@link Contrasts}.
 */
@ApplicationScoped
public class ContrastQueries {

    /** The most claims read for one topic: the newest ones when a topic has more. */
    static final int MAX_CLAIMS = 5000;

    private static final String SELECT = """
            select c.id, c.text, c.actors, c.time_start, c.time_end, a.id as article_id, a.title, a.published_on,
                   a.published_precision, au.id as author_id, au.name as author_name, au.slug as author_slug
            from claim c join article a on a.id = c.article_id left join author au on au.id = c.author_id
            where c.topic_paths @> array[$1]::text[] and c.attribution = 'author'
            order by c.id desc limit $2""";

    private final Pool pool;
    private final QuestionCatalog catalog;

    public ContrastQueries(Pool pool, QuestionCatalog catalog) {
        this.pool = pool;
        this.catalog = catalog;
    }

    /** Reading directions is CPU work over up to {@value #MAX_CLAIMS} sentences: it runs on a worker thread. */
    Uni<List<ContrastView>> contrasts(String topic) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(topic, MAX_CLAIMS))
                .emitOn(Infrastructure.getDefaultWorkerPool()).map(rows -> {
            DirectionReader reader = catalog.directions();
            List<Contrasts.Candidate> candidates = new ArrayList<>();
            Map<Long, ContrastView.Side> sides = new HashMap<>();
            for (Row r : rows) {
                reader.read(r.getString("text")).ifPresent(reading -> {
                    Long authorId = r.getLong("author_id");
                    long articleId = r.getLong("article_id");
                    candidates.add(new Contrasts.Candidate(r.getLong("id"),
                            authorId == null ? "article:" + articleId : "author:" + authorId,
                            List.of(r.getArrayOfStrings("actors")), r.getLocalDate("time_start"),
                            r.getLocalDate("time_end"), reading));
                    sides.put(r.getLong("id"), side(r, reading.cue()));
                });
            }
            return Contrasts.pairs(candidates).stream().map(p -> new ContrastView(topic, p.up().reading().subject(),
                    p.dated(), sides.get(p.up().claimId()), sides.get(p.down().claimId()))).toList();
        });
    }

    private static ContrastView.Side side(Row r, String cue) {
        Long authorId = r.getLong("author_id");
        return new ContrastView.Side(r.getLong("id"),
                new ArticleRef(r.getLong("article_id"), r.getString("title"), ArticleQueries.formatDate(
                        r.getLocalDate("published_on"), r.getString("published_precision"))),
                authorId == null ? null : new AuthorRef(authorId, r.getString("author_name"), r.getString("author_slug")),
                r.getString("text"), cue, r.getLocalDate("time_start"), r.getLocalDate("time_end"));
    }
}
