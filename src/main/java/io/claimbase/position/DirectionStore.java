package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog;
import io.claimbase.extract.Attribution;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.position.DirectionReader;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The stored direction readings of the authors' claims ({@code claim_direction}), which {@link ContrastQueries} pairs
 * in SQL. The service reads new claims when it stores them ({@link PositionRepository#storeDirections}); this class
 * reads the claims stored before (by an older version, by a bulk load, or with other direction words), in batches
 * of {@value #BATCH} claims in claim order, from {@code claim_direction_progress.read_through} on: in the background
 * from start-up until all are read, and before a contrast query when unread claims exist (see {@link #catchUp()}). A batch is one
 * transaction that locks the progress row, so replicas and requests never read the same batch twice at once.
 */
@ApplicationScoped
public class DirectionStore {

    /** Part of the fingerprint: raise it when DirectionReader reads differently, so stored readings are renewed. */
    static final int BATCH = 1000;

    static final int REQUEST_BATCHES = 10;

    private static final Logger LOG = Logger.getLogger(DirectionStore.class);

    /** Copies what the pairing checks from the claim rows themselves; the readings come as parallel arrays. */
    static final String INSERT = """
            insert into claim_direction (claim_id, subject, direction, cue, writer, topic_paths, actors, time_start,
                                         time_end)
            select c.id, r.subject, r.direction, r.cue, coalesce(c.author_id, -c.article_id), c.topic_paths,
                   c.actors, c.time_start, c.time_end
            from unnest(%s, %s, %s, %s) as r(claim_id, subject, direction, cue)
            join claim c on c.id = r.claim_id and c.attribution = 'author'
            on conflict (claim_id) do update set subject = excluded.subject, direction = excluded.direction,
                cue = excluded.cue""";

    private final Pool pool;
    private final QuestionCatalog catalog;
    private final AtomicBoolean background = new AtomicBoolean();

    /**
     * Claims this instance has read since it last analysed {@code claim_direction}. A bulk reading (claims stored
     * behind the service's back, changed direction words) leaves the table's statistics stale until autovacuum comes
     * by, and with them the plan of the pairing query: over 9,000 fresh readings it sorted every candidate pair (1.3 s)
     * instead of walking the ups in claim order (1 ms). The reading that ends such a run analyses the table in its
     * transaction, so the statistics are fresh by the time its progress is visible.
     */
    private final AtomicLong readSinceAnalyze = new AtomicLong();

    public DirectionStore(Pool pool, QuestionCatalog catalog) {
        this.pool = pool;
        this.catalog = catalog;
    }

    /** Readings of some claims, as parallel arrays for {@link #INSERT}. */
    record Readings(Long[] claimIds, String[] subjects, String[] directions, String[] cues) {

        static Readings of(DirectionReader reader, List<Long> ids, List<String> texts) {
            List<Long> claimIds = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            List<String> directions = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int at = i;
                reader.read(texts.get(i)).ifPresent(r -> {
                    claimIds.add(ids.get(at));
                    subjects.add(r.subject());
                    directions.add(r.direction().name().toLowerCase(Locale.ROOT));
                    cues.add(r.cue());
                });
            }
            return new Readings(
                    claimIds.toArray(Long[]::new),
                    subjects.toArray(String[]::new),
                    directions.toArray(String[]::new),
                    cues.toArray(String[]::new));
        }

        boolean isEmpty() {
            return claimIds.length == 0;
        }
    }

    /**
     * The direction readings of a new article's own claims (those the author states), read before the claims are
     * stored: keyed by claim ordinal, given their ids by {@link #withIds} once the claims are in. An ingest reads them
     * on its extraction's worker thread, not while its transaction is open.
     */
    public record OwnReadings(
            List<Integer> ordinals, List<String> subjects, List<String> directions, List<String> cues) {

        public static OwnReadings of(DirectionReader reader, List<ExtractedClaim> claims) {
            List<Integer> ordinals = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            List<String> directions = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            for (ExtractedClaim claim : claims) {
                if (claim.attribution().type() != Attribution.Type.AUTHOR) {
                    continue;
                }
                reader.read(claim.text()).ifPresent(r -> {
                    ordinals.add(claim.ordinal());
                    subjects.add(r.subject());
                    directions.add(r.direction().name().toLowerCase(Locale.ROOT));
                    cues.add(r.cue());
                });
            }
            return new OwnReadings(ordinals, subjects, directions, cues);
        }

        /** The readings of the stored claims, given the stored id of each claim ordinal. */
        Readings withIds(Map<Integer, Long> claimIds) {
            return new Readings(
                    ordinals.stream().map(claimIds::get).toArray(Long[]::new),
                    subjects.toArray(String[]::new),
                    directions.toArray(String[]::new),
                    cues.toArray(String[]::new));
        }
    }

    /** Stores the readings of an article's new claims on a connection of the pool, in its transaction. */
    static Uni<Void> store(SqlConnection conn, Readings readings) {
        if (readings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(INSERT.formatted("$1::bigint[]", "$2::text[]", "$3::text[]", "$4::text[]"))
                .execute(Tuple.of(readings.claimIds(), readings.subjects(), readings.directions(), readings.cues()))
                .replaceWithVoid();
    }

    void onStart(@Observes StartupEvent event) {
        pool.preparedQuery("""
                update claim_direction_progress set fingerprint = $1, read_through = 0
                where fingerprint is distinct from $1 returning read_through""")
                .execute(Tuple.of(catalog.directionsFingerprint()))
                .subscribe()
                .with(
                        rows -> {
                            if (rows.rowCount() > 0) {
                                LOG.info(
                                        "Direction readings: the direction words are new or changed; reading all claims");
                            }
                            readInBackground();
                        },
                        failure -> LOG.warnf("Direction readings: cannot check progress (%s)", failure.toString()));
    }

    /** Reads batches until every claim is read, unless that already runs. */
    private void readInBackground() {
        if (!background.compareAndSet(false, true)) {
            return;
        }
        Multi.createBy()
                .repeating()
                .uni(this::catchUpBatch)
                .whilst(read -> read >= BATCH)
                .collect()
                .with(Collectors.summingLong(Integer::longValue))
                .eventually(() -> background.set(false))
                .subscribe()
                .with(
                        total -> LOG.infof("Direction readings: complete (%d claims read)", total),
                        failure -> LOG.warnf(
                                "Direction readings: background reading stopped (%s); contrast queries "
                                        + "read the rest",
                                failure.toString()));
    }

    /**
     * Before a contrast query: reads the unread claims, if there are any (one index probe when all are read), up to
     * {@value #REQUEST_BATCHES} batches; more than that (a bulk load, a change of the direction words) is left to the
     * background, and the query answers from the claims read so far.
     */
    Uni<Void> catchUp() {
        return pool.preparedQuery("""
                select exists (select 1 from claim_direction_progress p cross join lateral (
                    select 1 from claim c where c.id > p.read_through and c.attribution = 'author'
                    order by c.id limit 1) unread)""")
                .execute()
                .chain(rows -> rows.iterator().next().getBoolean(0)
                        ? catchUp(REQUEST_BATCHES)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> catchUp(int batches) {
        return catchUpBatch().chain(read -> {
            if (read < BATCH) {
                return Uni.createFrom().voidItem();
            }
            if (batches > 1) {
                return catchUp(batches - 1);
            }
            readInBackground();
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Integer> catchUpBatch() {
        return pool.withTransaction(conn -> conn.preparedQuery(
                        "select read_through from claim_direction_progress for update")
                .execute()
                .chain(progress -> conn.preparedQuery("""
                        select id, text from claim where id > $1 and attribution = 'author' order by id limit $2""")
                        .execute(Tuple.of(progress.iterator().next().getLong(0), BATCH)))
                .chain(claims -> read(conn, claims)));
    }

    private Uni<Integer> read(SqlConnection conn, io.vertx.mutiny.sqlclient.RowSet<Row> claims) {
        if (claims.rowCount() == 0) {
            return analyzeAfterBulk(conn).replaceWith(0);
        }
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        claims.forEach(r -> {
            ids.add(r.getLong("id"));
            texts.add(r.getString("text"));
        });
        long last = ids.get(ids.size() - 1);
        return Uni.createFrom()
                .item(() -> Readings.of(catalog.directions(), ids, texts))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(readings -> conn.preparedQuery("delete from claim_direction where claim_id = any($1)")
                        .execute(Tuple.of(ids.toArray(Long[]::new)))
                        .chain(() -> store(conn, readings)))
                .invoke(() -> readSinceAnalyze.addAndGet(ids.size()))
                .chain(() -> ids.size() < BATCH
                        ? analyzeAfterBulk(conn)
                        : Uni.createFrom().voidItem())
                .chain(() -> conn.preparedQuery("update claim_direction_progress set read_through = $1")
                        .execute(Tuple.of(last)))
                .replaceWith(ids.size());
    }

    /** At the end of a reading: analyses the table if this instance has read at least a batch since it last did. */
    private Uni<Void> analyzeAfterBulk(SqlConnection conn) {
        if (readSinceAnalyze.get() < BATCH) {
            return Uni.createFrom().voidItem();
        }
        readSinceAnalyze.set(0);
        return conn.query("analyze claim_direction").execute().replaceWithVoid();
    }
}
