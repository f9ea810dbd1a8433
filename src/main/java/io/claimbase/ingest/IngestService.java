package io.claimbase.ingest;

import io.claimbase.article.Article;
import io.claimbase.article.ArticleDetail;
import io.claimbase.article.ArticleQueries;
import io.claimbase.article.ArticleRepository;
import io.claimbase.article.Author;
import io.claimbase.article.AuthorRepository;
import io.claimbase.claim.Claim;
import io.claimbase.claim.ClaimRepository;
import io.claimbase.claim.Claims;
import io.claimbase.error.DomainException;
import io.claimbase.extract.ArticleInput;
import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.Metadata;
import io.claimbase.extract.html.HtmlArticle;
import io.claimbase.extract.html.HtmlReader;
import io.claimbase.position.DirectionStore;
import io.claimbase.position.PositionRepository;
import io.claimbase.position.QuestionStore;
import io.claimbase.web.ClaimbaseMetrics;
import io.claimbase.web.Params;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The write side: ingest of an article (POST /articles, the seeds) and re-extraction of stored ones. The extractor
 * (CPU-bound) runs on a worker thread and returns everything it read — metadata, claims and positions on the current
 * questions; the article,
 * its author, claims and positions are then written in one transaction through the repositories, so either all of
 * it is stored or none of it. A new article's transaction runs on the reactive pool (a handful of set-based
 * statements); a re-extraction's, which loads and locks the stored article, through Hibernate Reactive.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final ArticleRepository articles;
    private final AuthorRepository authors;
    private final ClaimRepository claims;
    private final Extractor extractor;
    private final PositionRepository positions;
    private final Vertx vertx;
    private final ClaimbaseMetrics metrics;
    private final QuestionStore questions;
    private final ArticleQueries queries;
    private final Pool pool;

    public IngestService(
            ArticleRepository articles,
            AuthorRepository authors,
            ClaimRepository claims,
            Extractor extractor,
            PositionRepository positions,
            Vertx vertx,
            ClaimbaseMetrics metrics,
            QuestionStore questions,
            ArticleQueries queries,
            Pool pool) {
        this.articles = articles;
        this.authors = authors;
        this.claims = claims;
        this.extractor = extractor;
        this.positions = positions;
        this.vertx = vertx;
        this.metrics = metrics;
        this.questions = questions;
        this.queries = queries;
        this.pool = pool;
    }

    /**
     * What an ingest did: the article's id, whether it is new or was already stored with the same text, and how many
     * claims it has; for a new article also the article as stored ({@code GET /articles/{id}}'s answer, built from
     * what the transaction wrote), null for one that was already stored.
     */
    public record Ingested(long articleId, boolean created, long claimCount, ArticleDetail stored) {}

    /**
     * Ingests an article given as text or as its web page ({@code html}): a page is read on a worker thread (its main
     * content as text, the metadata it states where the request gives none), then goes the way a text goes.
     */
    public Uni<Ingested> ingest(NewArticle request) {
        return Uni.createFrom()
                .deferred(() -> {
                    checkOneBody(request);
                    return request.html() == null
                            ? Uni.createFrom().item(request)
                            : worker(() -> readPage(request, HtmlReader.read(request.html())));
                })
                .chain(this::ingestText);
    }

    /**
     * Ingests a web page posted as it is ({@code Content-Type: text/html}): its bytes are decoded with the given
     * charset, or when there is none the one the page declares (a byte-order mark, a {@code <meta charset>}), else
     * UTF-8. The page's canonical URL is the article's unless {@code url} is given.
     */
    public Uni<Ingested> ingestPage(byte[] page, String charset, String url) {
        return worker(() -> {
                    HtmlArticle read = HtmlReader.read(page, charset);
                    return readPage(new NewArticle(null, read.html(), null, null, null, null, url, null), read);
                })
                .chain(this::ingestText);
    }

    private static void checkOneBody(NewArticle request) {
        if (request.text() != null && request.html() != null) {
            throw new DomainException.InvalidField("html", "give either text or html, not both");
        }
        if (request.html() != null && request.html().isBlank()) {
            throw new DomainException.InvalidField("html", "must not be blank");
        }
        if (request.html() == null && (request.text() == null || request.text().isBlank())) {
            throw new DomainException.InvalidField("text", "must not be blank");
        }
    }

    private static NewArticle readPage(NewArticle request, HtmlArticle page) {
        if (page.text().isBlank()) {
            throw new DomainException.InvalidField(
                    "html", "holds no article text: no paragraphs were found in its content");
        }
        if (page.text().length() > NewArticle.MAX_TEXT) {
            throw new DomainException.InvalidField(
                    "html", "its article text is longer than " + NewArticle.MAX_TEXT + " characters");
        }
        return request.withPage(
                page.text(),
                page.title(),
                page.author(),
                page.outlet(),
                page.canonicalUrl(),
                page.publishedOn() == null ? null : page.publishedOn().toString());
    }

    private Uni<Ingested> ingestText(NewArticle request) {
        String hash = ContentHash.of(request.text());
        return queries.idByContentHash(hash).chain(id -> id != null ? existing(id) : ingestNew(request, hash));
    }

    private Uni<Ingested> existing(long id) {
        return queries.claimCount(id).map(count -> new Ingested(id, false, count, null));
    }

    /**
     * Extracts on a worker (and reads there which way the author's own claims say things move), then stores the article
     * with everything extracted in one transaction on the reactive pool.
     */
    private Uni<Ingested> ingestNew(NewArticle request, String hash) {
        Params.PartialDate published = request.publishedOn() == null ? null : publishedOn(request);
        ArticleInput input = new ArticleInput(
                request.text(),
                request.title(),
                request.author(),
                request.outlet(),
                published == null ? null : published.first());
        return questions
                .current()
                .chain(current -> worker(() -> {
                    Extraction extraction = extract(input);
                    return new Read(
                            extraction, DirectionStore.OwnReadings.of(current.directions(), extraction.claims()));
                }))
                .chain(read -> pool.withTransaction(conn -> store(conn, request, published, hash, read))
                        .invoke(committed -> {
                            metrics.articleIngested();
                            metrics.claimsExtracted(read.extraction().claims().size());
                        })
                        .map(stored -> new Ingested(
                                stored.article().id,
                                true,
                                stored.claims().size(),
                                StoredArticle.detail(stored.article(), stored.claims()))))
                .onFailure(IngestService::isDuplicateText)
                .recoverWithUni(() -> queries.idByContentHash(hash).chain(this::existing));
    }

    /**
     * Runs the current extractor again on a stored article's raw text and replaces its claims (and extracted positions)
     * in one transaction: readers see the old claims or the new ones, never a mix. The metadata stays as stored.
     * Answers null when there is no such article.
     */
    public Uni<Reextraction> reextract(long id) {
        return Panache.withSession(() -> articles.findWithAuthor(id)).chain(stored -> {
            if (stored == null) {
                return Uni.createFrom().nullItem();
            }
            String rawHtml = stored.rawHtml;
            String rawBody = stored.rawBody;
            String title = stored.title;
            String authorName = stored.author == null ? null : stored.author.name;
            String outlet = stored.outlet;
            java.time.LocalDate publishedOn = stored.publishedOn;
            // an article posted as a page is read again from the page, by the current HTML reader
            Uni<String> text = rawHtml == null
                    ? Uni.createFrom().item(rawBody)
                    : worker(() -> HtmlReader.read(rawHtml).text());
            // the article's row lock serialises re-extractions of one article: a second one waits for the first to
            // commit, then replaces its claims in turn (without it both delete, both insert: a duplicate key)
            return text.chain(raw -> onWorker(new ArticleInput(raw, title, authorName, outlet, publishedOn))
                    .chain(extraction -> Panache.withTransaction(() -> articles.lockForUpdate(id)
                            .chain(locked -> locked
                                    ? articles.findWithAuthor(id)
                                    : Uni.createFrom().<Article>nullItem())
                            .chain(article -> {
                                if (article == null) {
                                    return Uni.createFrom().nullItem();
                                }
                                article.rawBody = raw;
                                return replaceExtraction(article, extraction);
                            }))));
        });
    }

    /** Ids of the articles read by another extractor version than the current one, oldest first. */
    public Uni<java.util.List<Long>> outdated() {
        return Panache.withSession(() -> articles.idsWithExtractorOtherThan(Extractor.VERSION));
    }

    /**
     * Replaces a stored article's extraction in the caller's (Hibernate) transaction: its claims are deleted, the new
     * ones stored (one statement), then its positions and direction readings.
     */
    private Uni<Reextraction> replaceExtraction(Article article, Extraction extraction) {
        return claims.deleteByArticle(article.id).chain(before -> {
            article.body = extraction.cleanedText();
            article.wordCount = extraction.wordCount();
            article.extractorVersion = extraction.extractorVersion();
            Long authorId = article.author == null ? null : article.author.id;
            List<Claim> rows = Claims.from(article.id, authorId, extraction.claims());
            return claims.insertAll(rows)
                    .chain(() -> positions.storeReextracted(article.id, authorId, extraction.positions(), rows))
                    .map(stored -> new Reextraction(
                            article.id, before.intValue(), extraction.claims().size(), extraction.extractorVersion()));
        });
    }

    /**
     * Extraction (with the position assessment) is CPU-bound: it runs on a worker thread, and its result comes back on
     * the caller's context.
     */
    private Uni<Extraction> onWorker(ArticleInput input) {
        // the positions are read with the questions as stored now (another instance may have changed one)
        return questions.current().chain(current -> worker(() -> extract(input)));
    }

    /** The extraction itself, timed; on a worker thread. */
    private Extraction extract(ArticleInput input) {
        return metrics.extractionTimer().record(() -> extractor.extract(input));
    }

    /** What the worker read of a new article: the extraction, and the direction readings of its author's claims. */
    private record Read(Extraction extraction, DirectionStore.OwnReadings directions) {}

    /** CPU-bound work (extraction, reading a page) on a worker thread; its result comes back on the caller's context. */
    private <T> Uni<T> worker(java.util.function.Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work), false);
    }

    /** A new article as its transaction wrote it: the article (with its author) and its claims' rows. */
    private record Stored(Article article, List<Claim> claims) {}

    /**
     * Stores a new article in the transaction of {@code conn}: its author (read, or created), the article row, its
     * claims (one statement), its positions with their evidence (one statement) and its direction readings.
     */
    private Uni<Stored> store(
            SqlConnection conn, NewArticle request, Params.PartialDate published, String hash, Read read) {
        Extraction extraction = read.extraction();
        Metadata found = extraction.metadata();
        String authorName = firstNonBlank(request.author(), found.author());
        Uni<Author> author = authorName == null
                ? Uni.createFrom().nullItem()
                : authors.findOrCreate(conn, authorName, firstNonBlank(request.affiliation(), found.affiliation()));
        return author.chain(writer -> {
            Article article = new Article();
            article.title = firstNonBlank(request.title(), found.title());
            article.author = writer;
            article.outlet = firstNonBlank(request.outlet(), found.outlet());
            article.url = request.url();
            setPublished(article, published, found);
            article.body = extraction.cleanedText();
            article.rawBody = request.text();
            article.rawHtml = request.html();
            article.contentHash = hash;
            article.wordCount = extraction.wordCount();
            article.extractorVersion = extraction.extractorVersion();
            // as PostgreSQL keeps it (microseconds) and reads it back (UTC): the answer shows what GET will show
            article.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            return articles.insert(conn, article)
                    .chain(saved -> {
                        Long authorId = writer == null ? null : writer.id;
                        List<Claim> rows = Claims.from(saved.id, authorId, extraction.claims());
                        return claims.insertAll(conn, rows)
                                .chain(() -> positions.storeNew(
                                        conn, saved.id, authorId, extraction.positions(), rows, read.directions()))
                                .replaceWith(new Stored(saved, rows));
                    })
                    .invoke(stored -> LOG.infof(
                            "ingested article %d (%d claims, extractor %s)",
                            stored.article().id, extraction.claims().size(), extraction.extractorVersion()));
        });
    }

    /** The date the request gave (parsed once, before extraction), else the one the text states. */
    private static void setPublished(Article article, Params.PartialDate given, Metadata found) {
        if (given != null) {
            article.publishedOn = given.first();
            article.publishedPrecision = given.precision().name().toLowerCase(Locale.ROOT);
        } else if (found.publishedOn() != null) {
            article.publishedOn = found.publishedOn();
            DatePrecision precision =
                    found.publishedPrecision() == null || found.publishedPrecision() == DatePrecision.DECADE
                            ? DatePrecision.DAY
                            : found.publishedPrecision();
            article.publishedPrecision = precision.name().toLowerCase(Locale.ROOT);
        }
    }

    private static Params.PartialDate publishedOn(NewArticle request) {
        return Params.partialDate(request.publishedOn())
                .orElseThrow(() -> new DomainException.InvalidField("publishedOn", "is not a valid date"));
    }

    private static boolean isDuplicateText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && "article_content_hash_key".equals(violation.getConstraintName())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("article_content_hash_key")) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonBlank(String given, String found) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return found == null || found.isBlank() ? null : found.strip();
    }
}
