package io.claimbase.web;

/** Names shared by everything that carries the request id (log lines, problem bodies, the response header). */
public final class RequestIds {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}
}
