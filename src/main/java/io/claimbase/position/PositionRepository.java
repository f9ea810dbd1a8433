package io.claimbase.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.claim.Claim;
import io.claimbase.domain.QuestionCatalog;
import io.claimbase.extract.ExtractedPosition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Writes of questions and positions, in the caller's reactive session and transaction (so an ingest stores its
 * article, claims and positions together). Every value is a bound parameter.
 */
@ApplicationScoped
public class PositionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A new article's positions and their evidence in one statement: the positions go in in the order extracted (their
     * ids follow it, as one insert a position gave them), then each one's evidence, joined to it by its question. The
     * rows travel as two JSON arrays that {@code jsonb_to_recordset} turns back into typed rows (reals written as Java
     * floats, so they are stored as the same floats). Its parameters, in order: the article's id, the author's id (or
     * null), the positions, the evidence.
     */
    private static final String INSERT_NEW = """
            with stored as (
                insert into position (question_id, article_id, author_id, label, score, trend, confidence, rationale,
                                      question_version)
                select q.id, cast(%1$s as bigint), cast(%2$s as bigint), p.label, p.score, p.trend, p.confidence, p.rationale,
                       q.version
                from jsonb_to_recordset(cast(cast(%3$s as text) as jsonb)) as p(
                    ord integer, slug text, label text, score real, trend text, confidence real, rationale text)
                join question q on q.slug = p.slug
                order by p.ord
                returning id, question_id)
            insert into position_evidence (position_id, claim_id, cue, points_to, supports, weight)
            select s.id, e.claim_id, e.cue, e.points_to, e.supports, e.weight
            from jsonb_to_recordset(cast(cast(%4$s as text) as jsonb)) as e(
                ord integer, slug text, claim_id bigint, cue text, points_to text, supports boolean, weight real)
            join question q on q.slug = e.slug
            join stored s on s.question_id = q.id
            order by e.ord""";

    private final QuestionCatalog catalog;

    public PositionRepository(QuestionCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Stores what a re-extraction found for an article beside its claims (just replaced, with their ids), in the
     * caller's transaction: its extracted positions replace the earlier ones, and the direction readings of the
     * author's own claims (for contrasts) are stored. Reading directions takes microseconds a sentence: it stays on
     * this thread.
     */
    public Uni<Void> storeReextracted(
            long articleId, Long authorId, List<ExtractedPosition> extracted, List<Claim> storedClaims) {
        Map<Integer, Long> ids = new HashMap<>();
        storedClaims.forEach(c -> ids.put(c.ordinal, c.id));
        List<Claim> own = storedClaims.stream()
                .filter(c -> "author".equals(c.attribution))
                .toList();
        DirectionStore.Readings readings = DirectionStore.Readings.of(
                catalog.directions(),
                own.stream().map(c -> c.id).toList(),
                own.stream().map(c -> c.text).toList());
        return replaceExtracted(articleId, authorId, extracted, ids).chain(() -> storeDirections(readings));
    }

    /**
     * Stores what extraction found for a new article beside its claims (just inserted, with their ids), on a connection
     * of the reactive pool in the ingest's transaction: its positions with their evidence (one statement), then the
     * direction readings of the author's own claims, read before on the extraction's worker.
     */
    public Uni<Void> storeNew(
            SqlConnection conn,
            long articleId,
            Long authorId,
            List<ExtractedPosition> extracted,
            List<Claim> storedClaims,
            DirectionStore.OwnReadings directions) {
        Map<Integer, Long> ids = new HashMap<>();
        storedClaims.forEach(c -> ids.put(c.ordinal, c.id));
        return insertNew(conn, articleId, authorId, extracted, ids)
                .chain(() -> DirectionStore.store(conn, directions.withIds(ids)));
    }

    /**
     * Replaces the extracted positions of an article: its non-curated positions are removed, then each new one is
     * stored with its evidence. Where an editor's curated position exists it wins: its label, score, trend and note
     * stay, and only its evidence is refreshed from the new claims (the machine's reading beside the editor's).
     *
     * @param claimIds the stored claim id of each claim ordinal
     */
    public Uni<Void> replaceExtracted(
            long articleId, Long authorId, List<ExtractedPosition> positions, Map<Integer, Long> claimIds) {
        Uni<Integer> cleared = session()
                .chain(s -> s.createNativeQuery("delete from position where article_id = :article and not curated")
                        .setParameter("article", articleId)
                        .executeUpdate());
        return cleared.chain(() -> insertAll(articleId, authorId, positions, claimIds, true));
    }

    /** One element of {@link #INSERT_NEW}'s positions. */
    private record NewPosition(
            int ord, String slug, String label, Float score, String trend, float confidence, String rationale) {}

    /** One element of {@link #INSERT_NEW}'s evidence: a cited claim of the position on question {@code slug}. */
    private record NewEvidence(
            int ord, String slug, long claim_id, String cue, String points_to, boolean supports, float weight) {}

    /**
     * Stores a new article's positions with their evidence in one statement ({@link #INSERT_NEW}): the rows that
     * {@link #insertExtracted} and {@link #insertEvidence} store one statement at a time for a re-extraction.
     */
    private static Uni<Void> insertNew(
            SqlConnection conn,
            long articleId,
            Long authorId,
            List<ExtractedPosition> positions,
            Map<Integer, Long> claimIds) {
        if (positions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<NewPosition> rows = new ArrayList<>(positions.size());
        List<NewEvidence> evidence = new ArrayList<>();
        for (ExtractedPosition p : positions) {
            rows.add(new NewPosition(
                    rows.size(),
                    p.question(),
                    p.label(),
                    p.score() == null ? null : p.score().floatValue(),
                    lower(p.trend()),
                    (float) p.confidence(),
                    p.rationale()));
            firstCitations(p, claimIds)
                    .forEach((claimId, e) -> evidence.add(new NewEvidence(
                            evidence.size(), p.question(), claimId, e.cue(), e.pointsTo(), e.supports(), (float)
                                    e.weight())));
        }
        return conn.preparedQuery(INSERT_NEW.formatted("$1", "$2", "$3", "$4"))
                .execute(Tuple.of(articleId, authorId, json(rows), json(evidence)))
                .replaceWithVoid();
    }

    private static String json(Object rows) {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("positions cannot be written as JSON", e);
        }
    }

    /** Stores positions one after another (an article has one a question), each with its evidence. */
    private Uni<Void> insertAll(
            long articleId,
            Long authorId,
            List<ExtractedPosition> positions,
            Map<Integer, Long> claimIds,
            boolean replacing) {
        return Multi.createFrom()
                .iterable(positions)
                .onItem()
                .transformToUniAndConcatenate(p -> insertExtracted(articleId, authorId, p, claimIds, replacing))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * Replaces an article's extracted position on one question (an assessment job's write): the non-curated one is
     * removed, then the new one, if the article addresses the question, is stored; a curated one keeps its label and
     * gets the new evidence, as in {@link #replaceExtracted}.
     */
    public Uni<Void> replaceExtractedFor(
            long articleId, Long authorId, String slug, ExtractedPosition position, Map<Integer, Long> claimIds) {
        Uni<Integer> cleared = session()
                .chain(s -> s.createNativeQuery("""
                delete from position where article_id = :article and not curated
                    and question_id = (select id from question where slug = :slug)""")
                        .setParameter("article", articleId)
                        .setParameter("slug", slug)
                        .executeUpdate());
        return position == null
                ? cleared.replaceWithVoid()
                : cleared.chain(() -> insertExtracted(articleId, authorId, position, claimIds, true));
    }

    /**
     * Records a job's progress in the caller's transaction (the batch's): {@code done} more articles, up to
     * {@code lastArticleId}, with these errors. Answers false when the job is no longer the running job of this
     * version (the question changed or was deleted): the caller then rolls back and stops.
     *
     * @param errors a JSON array of {@code {articleId, message}}
     */
    public Uni<Boolean> advanceJob(long questionId, int version, int done, long lastArticleId, String errors) {
        return session()
                .chain(s -> s.createNativeQuery("""
                update assessment_job set done = done + :done, last_article_id = :last,
                    total = greatest(total, done + :done),
                    errors = case when jsonb_array_length(errors) >= 50 then errors
                                  else errors || cast(cast(:errors as text) as jsonb) end
                where question_id = :question and question_version = :version and state = 'running'""")
                        .setParameter("done", done)
                        .setParameter("last", lastArticleId)
                        .setParameter("errors", errors)
                        .setParameter("question", questionId)
                        .setParameter("version", version)
                        .executeUpdate())
                .map(updated -> updated == 1);
    }

    /**
     * Stores one extracted position; when {@code replacing}, a curated position of the same question may be there
     * already: it keeps its label and its evidence is replaced by the new one.
     */
    private Uni<Void> insertExtracted(
            long articleId, Long authorId, ExtractedPosition p, Map<Integer, Long> claimIds, boolean replacing) {
        return session()
                .chain(s -> s.createNativeQuery("""
                insert into position (question_id, article_id, author_id, label, score, trend, confidence, rationale,
                                      question_version)
                select q.id, :article, cast(:author as bigint), :label, cast(:score as real), cast(:trend as text),
                       :confidence, :rationale, q.version
                from question q where q.slug = :slug
                on conflict (question_id, article_id) do update set question_version = excluded.question_version
                returning id""", Long.class)
                        .setParameter("article", articleId)
                        .setParameter("author", authorId)
                        .setParameter("label", p.label())
                        .setParameter(
                                "score", p.score() == null ? null : p.score().floatValue())
                        .setParameter("trend", lower(p.trend()))
                        .setParameter("confidence", (float) p.confidence())
                        .setParameter("rationale", p.rationale())
                        .setParameter("slug", p.question())
                        .getResultList())
                .chain(ids -> {
                    if (ids.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return replacing
                            ? replaceEvidence(ids.get(0), p, claimIds)
                            : insertEvidence(ids.get(0), p, claimIds);
                });
    }

    private Uni<Void> replaceEvidence(long positionId, ExtractedPosition p, Map<Integer, Long> claimIds) {
        return session()
                .chain(s -> s.createNativeQuery("delete from position_evidence where position_id = :position")
                        .setParameter("position", positionId)
                        .executeUpdate())
                .chain(() -> insertEvidence(positionId, p, claimIds));
    }

    /** Stores a position's evidence in one statement: one row a cited claim (its first citation wins). */
    private Uni<Void> insertEvidence(long positionId, ExtractedPosition p, Map<Integer, Long> claimIds) {
        Map<Long, ExtractedPosition.Evidence> byClaim = firstCitations(p, claimIds);
        if (byClaim.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ExtractedPosition.Evidence> rows = List.copyOf(byClaim.values());
        return session()
                .chain(s -> s.createNativeQuery("""
                insert into position_evidence (position_id, claim_id, cue, points_to, supports, weight)
                select :position, e.claim_id, e.cue, e.points_to, e.supports, e.weight
                from unnest(cast(:claims as bigint[]), cast(:cues as text[]), cast(:pointsTo as text[]),
                            cast(:supports as boolean[]), cast(:weights as real[]))
                     as e(claim_id, cue, points_to, supports, weight)""")
                        .setParameter("position", positionId)
                        .setParameter("claims", byClaim.keySet().toArray(Long[]::new))
                        .setParameter(
                                "cues",
                                rows.stream()
                                        .map(ExtractedPosition.Evidence::cue)
                                        .toArray(String[]::new))
                        .setParameter(
                                "pointsTo",
                                rows.stream()
                                        .map(ExtractedPosition.Evidence::pointsTo)
                                        .toArray(String[]::new))
                        .setParameter(
                                "supports",
                                rows.stream()
                                        .map(ExtractedPosition.Evidence::supports)
                                        .toArray(Boolean[]::new))
                        .setParameter(
                                "weights",
                                rows.stream().map(e -> (float) e.weight()).toArray(Float[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A position's evidence by stored claim id, in the order cited (a claim cited twice: its first citation). */
    private static Map<Long, ExtractedPosition.Evidence> firstCitations(
            ExtractedPosition p, Map<Integer, Long> claimIds) {
        Map<Long, ExtractedPosition.Evidence> byClaim = new LinkedHashMap<>();
        p.evidence().forEach(e -> {
            Long claimId = claimIds.get(e.claimOrdinal());
            if (claimId != null) {
                byClaim.putIfAbsent(claimId, e);
            }
        });
        return byClaim;
    }

    /**
     * Sets an editor's position on an article: created if none exists, else overwritten and marked curated. The
     * extracted rationale and evidence are kept, as the machine's reading next to the editor's. Answers false when
     * the article or the question does not exist.
     */
    public Uni<Boolean> curate(long articleId, String slug, CuratedPosition c, String curatedBy) {
        return session()
                .chain(s -> s.createNativeQuery("""
                insert into position (question_id, article_id, author_id, label, score, trend, confidence, curated,
                                      curator_note, curated_by, updated_at)
                select q.id, a.id, a.author_id, :label, cast(:score as real), cast(:trend as text), 1, true,
                       cast(:note as text), cast(:by as text), now()
                from question q, article a where q.slug = :slug and a.id = :article
                on conflict (question_id, article_id) do update set label = excluded.label, score = excluded.score,
                    trend = excluded.trend, confidence = 1, curated = true, curator_note = excluded.curator_note,
                    curated_by = excluded.curated_by, updated_at = now()
                returning id""", Long.class)
                        .setParameter("label", c.label())
                        .setParameter(
                                "score", c.score() == null ? null : c.score().floatValue())
                        .setParameter("trend", c.trend())
                        .setParameter("note", c.note())
                        .setParameter("by", curatedBy)
                        .setParameter("slug", slug)
                        .setParameter("article", articleId)
                        .getResultList())
                .map(ids -> !ids.isEmpty());
    }

    /** Stores the direction readings of an article's new claims, in the caller's transaction. */
    Uni<Void> storeDirections(DirectionStore.Readings readings) {
        if (readings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session()
                .chain(s -> s.createNativeQuery(DirectionStore.INSERT.formatted(
                                "cast(:ids as bigint[])",
                                "cast(:subjects as text[])",
                                "cast(:directions as text[])",
                                "cast(:cues as text[])"))
                        .setParameter("ids", readings.claimIds())
                        .setParameter("subjects", readings.subjects())
                        .setParameter("directions", readings.directions())
                        .setParameter("cues", readings.cues())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
