package io.claimbase.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.domain.QuestionCatalog;
import io.claimbase.domain.QuestionCatalog.Entry;
import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.position.Question;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The stored questions: their definitions, versions and origins, and the jobs that assess the stored articles with
 * them. Keeps {@link QuestionCatalog}'s current set in step with the table ({@link #current()}), so every instance
 * reads positions with the question's stored definition, not only the start-up file. Every value is a bound
 * parameter.
 */
@ApplicationScoped
public class QuestionStore {

    private static final Logger LOG = Logger.getLogger(QuestionStore.class);

    private final Pool pool;
    private final QuestionCatalog catalog;
    private final ObjectMapper json;

    public QuestionStore(Pool pool, QuestionCatalog catalog, ObjectMapper json) {
        this.pool = pool;
        this.catalog = catalog;
        this.json = json;
    }

    /** What a write of a question did. */
    public record Saved(long id, String slug, int version, boolean created) {}

    /** A job to run: which question, which version. */
    public record JobRef(long questionId, String slug, int version) {}

    /**
     * The catalog, brought up to date with the table first: one small query when nothing changed, the definitions
     * read again when a version differs (another instance, or this one, changed a question).
     */
    public Uni<QuestionCatalog> current() {
        return pool.query("select slug, version from question where definition is not null order by id")
                .execute()
                .chain(rows -> {
                    Map<String, Integer> stored = new LinkedHashMap<>();
                    rows.forEach(r -> stored.put(r.getString(0), r.getInteger(1)));
                    if (stored.equals(catalog.versions())) {
                        return Uni.createFrom().item(catalog);
                    }
                    return reload().replaceWith(catalog);
                });
    }

    private Uni<Void> reload() {
        return pool.query("""
                select slug, version, origin, definition::text as definition from question
                where definition is not null order by id""")
                .execute()
                .invoke(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Row r : rows) {
                        try {
                            entries.add(new Entry(
                                    catalog.read(r.getString("definition")),
                                    r.getInteger("version"),
                                    r.getString("origin")));
                        } catch (DomainDataException e) {
                            // a definition stored by an older release that this one no longer accepts: left out
                            LOG.errorf(
                                    "Question %s: stored definition is not valid (%s)",
                                    r.getString("slug"), e.getMessage());
                        }
                    }
                    catalog.install(entries);
                })
                .replaceWithVoid();
    }

    /**
     * Creates or replaces a question from the API (origin api, version + 1), and starts its assessment job, in one
     * transaction.
     */
    public Uni<Saved> put(Question q) {
        return pool.withTransaction(c -> c.preparedQuery("""
                        insert into question (slug, text, scale, actors, definition, version, origin, file_hash)
                        values ($1, $2, cast($3::text as jsonb), $4, cast($5::text as jsonb), 1, 'api', null)
                        on conflict (slug) do update set text = excluded.text, scale = excluded.scale,
                            actors = excluded.actors, definition = excluded.definition,
                            version = question.version + 1, origin = 'api', file_hash = null, updated_at = now()
                        returning id, version, (xmax = 0) as created""")
                        .execute(Tuple.tuple(List.of(
                                q.slug(),
                                q.text(),
                                scaleJson(q),
                                q.actors().stream().map(a -> a.id()).toArray(String[]::new),
                                QuestionCatalog.json(q))))
                        .chain(rows -> {
                            Row r = rows.iterator().next();
                            Saved saved = new Saved(
                                    r.getLong("id"), q.slug(), r.getInteger("version"), r.getBoolean("created"));
                            return startJob(c, saved.id(), saved.version()).replaceWith(saved);
                        }))
                .call(this::reload);
    }

    /**
     * Writes the questions of {@code questions.yaml}: a new one is created, one whose content changed since it was
     * last read from the file is updated (version + 1) and gets a job; one edited through the API is left as it is.
     * Answers the jobs to run.
     */
    public Uni<List<JobRef>> syncFile(List<Question> questions) {
        return pool.withTransaction(c -> {
                    List<JobRef> jobs = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Question q : questions) {
                        chain = chain.chain(() -> syncOne(c, q, jobs));
                    }
                    return chain.replaceWith(jobs);
                })
                .call(this::reload);
    }

    private Uni<Void> syncOne(SqlConnection c, Question q, List<JobRef> jobs) {
        String hash = QuestionCatalog.hash(q);
        return c.preparedQuery(
                        "select id, origin, file_hash, definition is null as bare from question where slug = $1 for update")
                .execute(Tuple.of(q.slug()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return write(c, q, hash, "insert").invoke(saved -> {
                            LOG.infof("Question %s: created from the file", q.slug());
                            jobs.add(new JobRef(saved.id(), q.slug(), saved.version()));
                        });
                    }
                    Row r = rows.iterator().next();
                    if (QuestionCatalog.API.equals(r.getString("origin"))) {
                        LOG.infof("Question %s: edited through the API; the file's version is not applied", q.slug());
                        return Uni.createFrom().<Saved>nullItem();
                    }
                    if (hash.equals(r.getString("file_hash"))) {
                        return Uni.createFrom().<Saved>nullItem();
                    }
                    // a row stored before questions had definitions: its positions were read with this file already
                    boolean bare = r.getBoolean("bare");
                    return write(c, q, hash, bare ? "fill" : "update").invoke(saved -> {
                        if (!bare) {
                            LOG.infof("Question %s: changed in the file, now version %d", q.slug(), saved.version());
                            jobs.add(new JobRef(saved.id(), q.slug(), saved.version()));
                        }
                    });
                })
                .chain(saved -> saved == null
                        ? Uni.createFrom().voidItem()
                        : jobs.stream().anyMatch(j -> j.questionId() == saved.id())
                                ? startJob(c, saved.id(), saved.version())
                                : Uni.createFrom().voidItem());
    }

    private Uni<Saved> write(SqlConnection c, Question q, String hash, String how) {
        String bump = "update".equals(how) ? "question.version + 1" : "question.version";
        return c.preparedQuery("""
                        insert into question (slug, text, scale, actors, definition, version, origin, file_hash)
                        values ($1, $2, cast($3::text as jsonb), $4, cast($5::text as jsonb), 1, 'file', $6)
                        on conflict (slug) do update set text = excluded.text, scale = excluded.scale,
                            actors = excluded.actors, definition = excluded.definition, version = %s,
                            file_hash = excluded.file_hash, updated_at = now()
                        returning id, version, (xmax = 0) as created""".formatted(bump))
                .execute(Tuple.tuple(List.of(
                        q.slug(),
                        q.text(),
                        scaleJson(q),
                        q.actors().stream().map(a -> a.id()).toArray(String[]::new),
                        QuestionCatalog.json(q),
                        hash)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new Saved(r.getLong("id"), q.slug(), r.getInteger("version"), r.getBoolean("created"));
                });
    }

    /** Starts (or restarts, for a newer version) the question's job over every stored article. */
    private static Uni<Void> startJob(SqlConnection c, long questionId, int version) {
        return c.preparedQuery("""
                        insert into assessment_job (question_id, question_version, state, total)
                        values ($1, $2, 'running', (select count(*) from article))
                        on conflict (question_id) do update set question_version = excluded.question_version,
                            state = 'running', total = excluded.total, done = 0, last_article_id = 0, errors = '[]',
                            started_at = now(), finished_at = null""").execute(Tuple.of(questionId, version)).replaceWithVoid();
    }

    /** The jobs left running (by a crash, a restart), to resume. */
    public Uni<List<JobRef>> runningJobs() {
        return pool.query("""
                select q.id, q.slug, j.question_version from assessment_job j join question q on q.id = j.question_id
                where j.state = 'running' order by q.id""").execute().map(rows -> {
            List<JobRef> jobs = new ArrayList<>();
            rows.forEach(r -> jobs.add(new JobRef(r.getLong(0), r.getString(1), r.getInteger(2))));
            return jobs;
        });
    }

    /** A question's job, or a null item when it has none (or there is no such question). */
    public Uni<AssessmentView> job(String slug) {
        return pool.preparedQuery("""
                select q.slug, j.question_version, j.state, j.total, j.done, j.errors::text as errors,
                       j.started_at, j.finished_at
                from assessment_job j join question q on q.id = j.question_id where q.slug = $1""")
                .execute(Tuple.of(slug))
                .map(rows -> rows.size() == 0
                        ? null
                        : AssessmentView.of(rows.iterator().next(), json));
    }

    /** What a delete did, or would have done. */
    public record Deleted(boolean found, long curated, long positions) {}

    /**
     * Deletes a question and its positions, unless curated positions exist and {@code force} is false (then nothing
     * changes and {@code curated} says how many).
     */
    public Uni<Deleted> delete(String slug, boolean force) {
        return pool.withTransaction(c -> c.preparedQuery("""
                        select q.id, count(p.id) filter (where p.curated) as curated, count(p.id) as positions
                        from question q left join position p on p.question_id = q.id
                        where q.slug = $1 group by q.id""")
                        .execute(Tuple.of(slug))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                return Uni.createFrom().item(new Deleted(false, 0, 0));
                            }
                            Row r = rows.iterator().next();
                            Deleted d = new Deleted(true, r.getLong("curated"), r.getLong("positions"));
                            if (d.curated() > 0 && !force) {
                                return Uni.createFrom().item(d);
                            }
                            return c.preparedQuery("delete from question where id = $1")
                                    .execute(Tuple.of(r.getLong("id")))
                                    .replaceWith(d);
                        }))
                .call(this::reload);
    }

    /** The next article ids of a job, after the last one it finished. */
    Uni<List<Long>> articlesAfter(long lastArticleId, int limit) {
        return pool.preparedQuery("select id from article where id > $1 order by id limit $2")
                .execute(Tuple.of(lastArticleId, limit))
                .map(QuestionStore::ids);
    }

    /** Where a running job of this version stands: its last article id, or a null item when it is not current. */
    Uni<Long> progress(long questionId, int version) {
        return pool.preparedQuery("""
                select last_article_id from assessment_job
                where question_id = $1 and question_version = $2 and state = 'running'""")
                .execute(Tuple.of(questionId, version))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    /** Marks a job finished: succeeded, or failed with a message. Only the job of this version. */
    Uni<Void> finish(long questionId, int version, String failure) {
        return pool.preparedQuery("""
                update assessment_job set state = $3, finished_at = now(), total = greatest(total, done),
                    errors = case when $4::text is null then errors
                                  else errors || jsonb_build_array(jsonb_build_object('message', $4::text)) end
                where question_id = $1 and question_version = $2 and state = 'running'""")
                .execute(Tuple.of(questionId, version, failure == null ? "succeeded" : "failed", failure))
                .replaceWithVoid();
    }

    private static List<Long> ids(RowSet<Row> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.getLong(0)));
        return ids;
    }

    private String scaleJson(Question q) {
        List<Map<String, Object>> scale = q.scale().stream()
                .map(l -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("label", l.label());
                    entry.put("score", l.score());
                    entry.put("description", l.description());
                    return entry;
                })
                .toList();
        try {
            return json.writeValueAsString(scale);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
