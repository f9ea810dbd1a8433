package io.claimbase.ingest;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.error.DomainException;
import io.claimbase.web.Problem;
import io.claimbase.web.ProblemMappers;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code POST /articles/batch}: NDJSON in, NDJSON out. The body is cut into lines as it arrives ({@link NdjsonLines},
 * at most one line held), read {@code claimbase.batch.parallelism} lines at a time, and each line is ingested as
 * {@code POST /articles} would ingest it — in its own transaction, on its own Vert.x context (so its own database
 * session), its extraction on a worker thread. The results come back in the order of the lines; a bad line fails
 * alone. Demand flows from the answer back to the body: a slow database slows the reading of the body, it never
 * piles up lines in memory.
 */
@ApplicationScoped
public class BatchIngest {

    private final IngestService service;
    private final ArticleBodies bodies;
    private final ProblemMappers problems;
    private final ClaimbaseConfig.Batch config;

    public BatchIngest(IngestService service, ArticleBodies bodies, ClaimbaseConfig config) {
        this.service = service;
        this.bodies = bodies;
        this.problems = new ProblemMappers();
        this.config = config.batch();
    }

    /**
     * The results of a batch body given as a stream of chunks. {@code context} is the request's Vert.x context;
     * {@code idle} how long the body may pause between two chunks before the batch ends (answered as the last line).
     */
    public Multi<BatchResult> ingest(Multi<byte[]> body, Context context, UriInfo uri, Duration idle) {
        NdjsonLines lines = new NdjsonLines(
                (int) Math.min(Integer.MAX_VALUE - 8, config.maxLineSize().asLongValue()),
                config.maxBodySize().asLongValue());
        int parallelism = Math.max(1, config.parallelism());
        Pauses pauses = new Pauses();
        Multi<NdjsonLines.Line> read = body.onItem()
                .invoke(pauses::chunk)
                .onItem()
                .transformToIterable(lines::feed)
                .onCompletion()
                .switchTo(() -> Multi.createFrom().iterable(lines.finish()))
                .onTermination()
                .invoke(pauses::over);
        return Multi.createBy()
                .merging()
                .streams(read, pauses.watch(context.owner(), idle))
                // a sliding window: up to `parallelism` lines are being ingested at once (emitOn asks for that many
                // ahead, each starts as it is taken), and the results leave in the order of the lines
                .onItem()
                .transform(line -> started(pauses.track(one(line, context, uri))))
                .emitOn(Infrastructure.getDefaultExecutor(), parallelism)
                .onItem()
                .transformToUniAndConcatenate(result -> result)
                .onCompletion()
                .ifEmpty()
                .failWith(() ->
                        new DomainException.InvalidField("(body)", "holds no article: send one JSON object a line"))
                .onFailure(NdjsonLines.TooLarge.class)
                .recoverWithItem(e -> BatchResult.of(
                        ((NdjsonLines.TooLarge) e).line,
                        httpProblem(
                                413,
                                "Content Too Large",
                                e.getMessage() + "; the lines before this one were read",
                                uri)))
                .onFailure(TimeoutException.class)
                .recoverWithItem(e -> BatchResult.of(
                        lines.next(),
                        httpProblem(
                                408,
                                "Request Timeout",
                                "The rest of the batch did not arrive within " + idle.toSeconds()
                                        + " seconds; the lines before this one were read",
                                uri)));
    }

    /**
     * The body's deadline: it fails (answered as the batch's last line, 408) when no chunk of the body has arrived for
     * {@code idle} while no article is being read either. Time spent waiting for the articles in hand (while the body
     * is not being read, on purpose) does not count.
     */
    private static final class Pauses {
        private final AtomicLong lastChunk = new AtomicLong(System.nanoTime());
        private final AtomicInteger inHand = new AtomicInteger();
        private volatile boolean over;

        void chunk(byte[] ignored) {
            lastChunk.set(System.nanoTime());
        }

        void over() {
            over = true;
        }

        <T> Uni<T> track(Uni<T> work) {
            return Uni.createFrom().deferred(() -> {
                inHand.incrementAndGet();
                return work.onTermination().invoke(() -> {
                    inHand.decrementAndGet();
                    lastChunk.set(System.nanoTime());
                });
            });
        }

        /** A stream of no lines that completes with the body, or fails when the body pauses too long. */
        Multi<NdjsonLines.Line> watch(Vertx vertx, Duration idle) {
            long tick = Math.max(10, Math.min(1000, idle.toMillis() / 4));
            return Multi.createFrom().emitter(emitter -> {
                long timer = vertx.setPeriodic(tick, id -> {
                    if (over) {
                        vertx.cancelTimer(id);
                        emitter.complete();
                    } else if (inHand.get() == 0 && System.nanoTime() - lastChunk.get() > idle.toNanos()) {
                        vertx.cancelTimer(id);
                        emitter.fail(new TimeoutException());
                    }
                });
                emitter.onTermination(() -> vertx.cancelTimer(timer));
            });
        }
    }

    /** The Uni, already running: its result is kept for whoever subscribes later. */
    private static <T> Uni<T> started(Uni<T> work) {
        Uni<T> memo = work.memoize().indefinitely();
        memo.subscribe().with(ignored -> {}, ignored -> {});
        return memo;
    }

    private Uni<BatchResult> one(NdjsonLines.Line line, Context context, UriInfo uri) {
        if (line.problem() != null) {
            return Uni.createFrom().item(BatchResult.of(line.number(), lineProblem(line.problem(), uri)));
        }
        return onOwnContext(context, () -> bodies.read(line.text(), "line").chain(service::ingest))
                .map(ingested -> BatchResult.of(line.number(), ingested))
                .onFailure()
                .recoverWithItem(e -> BatchResult.of(line.number(), problems.problemFor(e, uri)));
    }

    /** A problem that ends the batch, as a plain HTTP status (no request id: it is a line of the answer). */
    private static Problem httpProblem(int status, String title, String detail, UriInfo uri) {
        return new Problem(
                "about:blank", title, status, detail, uri.getRequestUri().getRawPath(), null, List.of());
    }

    private Problem lineProblem(String message, UriInfo uri) {
        return ProblemMappers.problemOf(
                new DomainException.InvalidField("(line)", message),
                uri.getRequestUri().getRawPath());
    }

    /**
     * Runs the work on a new duplicated context of the request's: each article gets its own Hibernate Reactive session
     * and transaction (a session is never shared by two articles read at once).
     */
    private static <T> Uni<T> onOwnContext(Context context, Supplier<Uni<T>> work) {
        Context own = VertxContext.createNewDuplicatedContext(context);
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom()
                .emitter(emitter -> own.runOnContext(ignored -> {
                    Uni.createFrom().<T>deferred(work::get).subscribe().with(emitter::complete, emitter::fail);
                }));
    }
}
