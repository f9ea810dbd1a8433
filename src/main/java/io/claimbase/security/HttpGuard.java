package io.claimbase.security;

import io.claimbase.web.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An HTTP filter in front of every route (the API, health, OpenAPI): standard security headers on every response,
 * {@code Cache-Control: no-store} on writes, and the request limits answered as problem+json before any body is
 * read — a request target longer than {@code claimbase.security.max-uri-length} (414), headers larger than
 * {@code claimbase.security.max-header-bytes} (431), a declared body larger than
 * {@code quarkus.http.limits.max-body-size} (413) — and a body that does not arrive within
 * {@code claimbase.security.body-timeout} (408). The batch ingest ({@code POST /articles/batch}), which reads its body
 * as a stream of lines, has its own limit ({@code claimbase.batch.max-body-size}) and is held to the body timeout for
 * every pause in its body rather than for the whole body.
 */
@ApplicationScoped
public class HttpGuard {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private static final String UNDECODABLE =
            "The request target cannot be decoded: every % must start a valid percent-escape (%20, %C3%A9)";

    /** The one route whose body is read as a stream of lines, not whole: {@code POST /articles/batch}. */
    static final String BATCH_PATH = "/articles/batch";

    private final SecurityConfig config;
    private final long maxBodyBytes;
    private final long maxBatchBytes;

    public HttpGuard(
            SecurityConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "claimbase.batch.max-body-size", defaultValue = "1G") MemorySize maxBatchSize) {
        this.config = config;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxBatchBytes = maxBatchSize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    /**
     * Failures Vert.x Web answers itself before any filter runs — a request target it cannot decode (a malformed
     * percent-escape such as {@code %zz}) — get a problem body too instead of a bare status line.
     */
    void register(@Observes Router router) {
        router.errorHandler(400, context -> reject(context, 400, "Bad Request", UNDECODABLE));
    }

    /** Whether the query string decodes (Vert.x Web refuses a malformed percent-escape when asked for it). */
    private static boolean queryDecodes(RoutingContext context) {
        if (context.request().query() == null) {
            return true;
        }
        try {
            context.queryParams();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void handle(RoutingContext context) {
        boolean write = WRITES.contains(context.request().method());
        context.addHeadersEndHandler(ignored -> addHeaders(context.response().headers(), write));
        String target = context.request().uri();
        if (target.length() > config.maxUriLength()) {
            reject(
                    context,
                    414,
                    "URI Too Long",
                    "The request target (path and query string) is longer than " + config.maxUriLength()
                            + " characters");
            return;
        }
        long headerBytes = headerBytes(context.request().headers());
        if (headerBytes > config.maxHeaderBytes()) {
            reject(
                    context,
                    431,
                    "Request Header Fields Too Large",
                    "The request headers take " + headerBytes + " bytes; at most " + config.maxHeaderBytes()
                            + " are accepted");
            return;
        }
        if (!queryDecodes(context)) {
            reject(context, 400, "Bad Request", UNDECODABLE);
            return;
        }
        String nul = nulParameter(context);
        if (nul != null) {
            rejectParameter(context, nul, "must not contain NUL characters");
            return;
        }
        boolean batch = isBatch(context);
        long limit = batch ? maxBatchBytes : maxBodyBytes;
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limit) {
            reject(context, 413, "Content Too Large", "The request body is larger than " + limit + " bytes");
            return;
        }
        if (batch) {
            // The batch body is read line by line as it arrives (ingest/BatchIngest), never whole, so Quarkus's
            // whole-body limit (quarkus.http.limits.max-body-size, checked on the declared length next) does not
            // apply to it: the batch has its own (checked above, and counted as the lines arrive), a limit per line,
            // and instead of a deadline for the whole body (a large import takes minutes) a deadline for each pause.
            context.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        } else if (write && hasBody(context)) {
            bodyDeadline(context);
        }
        context.next();
    }

    /**
     * Whether the request has a body to wait for: a POST with {@code Content-Length: 0}, or over HTTP/1.x with neither a
     * length nor chunked encoding, has none, and must not be answered 408 because its work (a re-extraction waiting for
     * another's lock) takes longer than the body timeout.
     */
    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return declaredLength(length) > 0;
        }
        return context.request().version() == io.vertx.core.http.HttpVersion.HTTP_2
                || context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean isBatch(RoutingContext context) {
        return context.request().method() == HttpMethod.POST
                && BATCH_PATH.equals(context.request().path());
    }

    /** Answers 408 and closes the connection when the body has not fully arrived within the body timeout. */
    private void bodyDeadline(RoutingContext context) {
        long timer = context.vertx().setTimer(Math.max(1, config.bodyTimeout().toMillis()), id -> {
            if (!context.request().isEnded() && !context.response().ended()) {
                reject(
                        context,
                        408,
                        "Request Timeout",
                        "The request body did not arrive within "
                                + config.bodyTimeout().toSeconds() + " seconds");
            }
        });
        context.addEndHandler(ended -> context.vertx().cancelTimer(timer));
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void addHeaders(MultiMap headers, boolean write) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        headers.set("Referrer-Policy", "no-referrer");
        if (write) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (!config.hstsMaxAge().isZero()) {
            headers.set(
                    "Strict-Transport-Security",
                    "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains");
        }
    }

    /**
     * The query parameter (or {@code (path)}) holding an encoded NUL character, which no text column can store;
     * null when there is none. Checked here so that every endpoint, present and future, is covered.
     */
    private static String nulParameter(RoutingContext context) {
        if (!context.request().uri().contains("%00")) {
            return null;
        }
        if (context.request().path().contains("%00")) {
            return "(path)";
        }
        for (Map.Entry<String, String> parameter : context.queryParams()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().indexOf('\0') >= 0) {
                return parameter.getKey().replace("\0", "");
            }
        }
        return "(query)";
    }

    private static void rejectParameter(RoutingContext context, String parameter, String message) {
        JsonObject problem = problem(context, 400, "Invalid parameter", parameter + ": " + message)
                .put("type", "/problems/invalid-parameter")
                .put(
                        "errors",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("parameter", parameter)
                                        .put("message", message)));
        end(context, 400, problem);
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Answers a problem directly (the request never reaches a resource, so the JAX-RS mappers are not involved). */
    static void reject(RoutingContext context, int status, String title, String detail) {
        end(context, status, problem(context, status, title, detail));
    }

    private static JsonObject problem(RoutingContext context, int status, String title, String detail) {
        String path = context.request().path();
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", path == null || path.length() > 200 ? null : path);
    }

    private static void end(RoutingContext context, int status, JsonObject problem) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }
}
