package io.claimbase.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a plausible id, a fresh UUID otherwise.
 * The id is put in the logging MDC under {@value RequestIds#MDC_KEY} (so every log line written while serving the
 * request carries it; Quarkus keeps the MDC in the request's Vert.x context, across threads) and echoed in the
 * response header.
 * Problem bodies carry it too (ProblemMappers reads it from the MDC).
 */
public final class RequestIdFilter {

    /** Accept a caller's id only if it cannot forge log lines or carry a payload: short, no spaces or controls. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String offered = request.getHeaderString(RequestIds.HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        request.setProperty(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
