package io.claimbase.position;

import io.claimbase.article.ArticleQueries;
import io.claimbase.db.PlannedStatements;
import io.claimbase.error.DomainException;
import io.claimbase.web.Cursor;
import io.claimbase.web.Ids;
import io.claimbase.web.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contrasting claims on a topic, one page at a time in SQL: the stored direction readings ({@code claim_direction},
 * see {@link DirectionStore}) of the authors' own claims on the topic (or a narrower one) are paired by the rules of
 * {@link io.claimbase.extract.position.Contrasts} — opposite directions, same subject, different writers, shared
 * actors, overlapping periods — in its order: dated pairs first, then by up claim id and down claim id. The cursor
 * is the last pair's (phase, up id, down id), so a page costs the pairs it returns plus the candidates it skips,
 * never the whole topic in the heap.
 */
@ApplicationScoped
public class ContrastQueries {

    /** One pair of the page, before its two claims are fetched. */
    private record PairKey(long up, long down, String subject, boolean dated) {}

    // Ups of the topic in claim order; for each, its downs in claim order (index-only on claim_direction_pairing_idx),
    // at most $4 of them, since a page never takes more from one up. The first %s: the phase's period condition on the
    // pair; the second: which ups can pair in the phase (only dated ones in the dated phase, so that an undated up is
    // not checked against every down of its subject to find none).
    private static final String PAIRS = """
            select u.claim_id as up_id, d.claim_id as down_id, u.subject
            from claim_direction u
            cross join lateral (
                select d.claim_id from claim_direction d
                where d.subject = u.subject and d.direction = 'down' and d.topic_paths @> array[$1]::text[]
                  and d.writer <> u.writer and (u.claim_id > $2 or d.claim_id > $3)
                  and (cardinality(u.actors) = 0 or cardinality(d.actors) = 0
                       or (select count(distinct x) from unnest(u.actors) x where x = any(d.actors))
                          >= least(2, cardinality(u.actors), cardinality(d.actors)))
                  and %s
                order by d.claim_id limit $4) d
            where u.direction = 'up' and u.topic_paths @> array[$1]::text[] and u.claim_id >= $2 and %s
            order by u.claim_id, d.claim_id
            limit $4""";
    private static final String DATED_UP = "u.time_start is not null";
    private static final String ANY_UP = "true";
    private static final String DATED = "u.time_start is not null and d.time_start is not null "
            + "and u.time_start <= d.time_end and d.time_start <= u.time_end";
    private static final String UNDATED = "(u.time_start is null or d.time_start is null)";

    private static final String SIDES = """
            select c.id, c.text, c.time_start, c.time_end, cd.cue, a.id as article_id, a.title, a.published_on,
                   a.published_precision, au.id as author_id, au.name as author_name, au.slug as author_slug
            from claim c join claim_direction cd on cd.claim_id = c.id join article a on a.id = c.article_id
            left join author au on au.id = c.author_id
            where c.id = any($1)""";

    private final Pool pool;
    private final DirectionStore directions;

    public ContrastQueries(Pool pool, DirectionStore directions) {
        this.pool = pool;
        this.directions = directions;
    }

    /** One page of contrasts on the topic, after {@code cursor} (made by {@code pages} for this topic) if given. */
    Uni<Page<ContrastView>> page(String topic, int size, Cursor pages, String cursor) {
        String scope = "contrasts:" + topic;
        boolean dated = true;
        long up = 0;
        long down = 0;
        if (cursor != null) {
            List<String> keys = pages.decode(scope, cursor, 3);
            Long upId = Ids.parse(keys.get(1));
            Long downId = Ids.parse(keys.get(2));
            if (upId == null || downId == null || !List.of("dated", "undated").contains(keys.get(0))) {
                throw new DomainException.InvalidParameter("cursor", "is not a cursor this service issued");
            }
            dated = keys.get(0).equals("dated");
            up = upId;
            down = downId;
        }
        boolean fromDated = dated;
        long afterUp = up;
        long afterDown = down;
        return directions
                .catchUp()
                .chain(() -> fromDated
                        ? pairs(topic, true, afterUp, afterDown, size + 1)
                        : Uni.createFrom().item(List.<PairKey>of()))
                .chain(first -> first.size() > size
                        ? Uni.createFrom().item(first)
                        : pairs(
                                        topic,
                                        false,
                                        fromDated ? 0 : afterUp,
                                        fromDated ? 0 : afterDown,
                                        size + 1 - first.size())
                                .map(rest -> {
                                    List<PairKey> all = new ArrayList<>(first);
                                    all.addAll(rest);
                                    return all;
                                }))
                .chain(keys -> views(topic, keys))
                .map(rows -> pages.page(
                        scope,
                        rows,
                        size,
                        row -> List.of(
                                row.dated() ? "dated" : "undated",
                                String.valueOf(row.up().claimId()),
                                String.valueOf(row.down().claimId()))));
    }

    private Uni<List<PairKey>> pairs(String topic, boolean dated, long afterUp, long afterDown, int limit) {
        return pool.preparedQuery(PlannedStatements.perValue(
                        dated ? PAIRS.formatted(DATED, DATED_UP) : PAIRS.formatted(UNDATED, ANY_UP)))
                .execute(Tuple.of(topic, afterUp, afterDown, limit))
                .map(rows -> {
                    List<PairKey> keys = new ArrayList<>();
                    rows.forEach(r -> keys.add(
                            new PairKey(r.getLong("up_id"), r.getLong("down_id"), r.getString("subject"), dated)));
                    return keys;
                });
    }

    private Uni<List<ContrastView>> views(String topic, List<PairKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Long[] ids = keys.stream()
                .flatMap(k -> java.util.stream.Stream.of(k.up(), k.down()))
                .distinct()
                .toArray(Long[]::new);
        return pool.preparedQuery(SIDES).execute(Tuple.of(ids)).map(rows -> {
            Map<Long, ContrastView.Side> sides = new HashMap<>();
            rows.forEach(r -> sides.put(r.getLong("id"), side(r)));
            // a claim deleted between the two queries (its article re-extracted) leaves its pair out of this page
            return keys.stream()
                    .filter(k -> sides.containsKey(k.up()) && sides.containsKey(k.down()))
                    .map(k -> new ContrastView(topic, k.subject(), k.dated(), sides.get(k.up()), sides.get(k.down())))
                    .toList();
        });
    }

    private static ContrastView.Side side(Row r) {
        return new ContrastView.Side(
                r.getLong("id"),
                PositionQueries.articleRef(r),
                ArticleQueries.authorRef(r),
                r.getString("text"),
                r.getString("cue"),
                r.getLocalDate("time_start"),
                r.getLocalDate("time_end"));
    }
}
