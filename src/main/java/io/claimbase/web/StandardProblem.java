package io.claimbase.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error responses of the contract, each described once in {@code components.responses} (under {@link #component})
 * and answered as an RFC 9457 {@link Problem}. The examples are what {@link ProblemMappers} really sends.
 */
enum StandardProblem {
    BAD_REQUEST(
            "400",
            "BadRequest",
            "An invalid request: an unknown, malformed or out-of-range query parameter, or a "
                    + "malformed or invalid body. `errors` names each parameter or field at fault.",
            "/problems/invalid-parameter",
            "Invalid parameter",
            "limit: must be between 1 and 200",
            "/articles",
            List.of(violation("limit", "must be between 1 and 200"))),
    UNAUTHORIZED(
            "401",
            "Unauthorized",
            "No valid credentials: send a valid bearer token.",
            "about:blank",
            "Unauthorized",
            "Unauthorized",
            "/articles",
            List.of()),
    FORBIDDEN(
            "403",
            "Forbidden",
            "The credentials are valid but lack the role this operation needs; or a browser "
                    + "request comes from an origin the CORS settings do not allow (`QUARKUS_HTTP_CORS_ORIGINS`).",
            "about:blank",
            "Forbidden",
            "Forbidden",
            "/articles",
            List.of()),
    NOT_FOUND(
            "404",
            "NotFound",
            "Nothing with this id or slug exists.",
            "/problems/not-found",
            "Not found",
            "No article with id 42",
            "/articles/42",
            List.of()),
    REQUEST_TIMEOUT(
            "408",
            "RequestTimeout",
            "The request body did not arrive within the body timeout "
                    + "(`claimbase.security.body-timeout`, 30 s); the connection is closed.",
            "about:blank",
            "Request Timeout",
            "The request body did not arrive within 30 seconds",
            "/articles",
            List.of()),
    CONFLICT(
            "409",
            "Conflict",
            "The request conflicts with what is stored.",
            "about:blank",
            "Conflict",
            "Conflict",
            "/articles",
            List.of()),
    PAYLOAD_TOO_LARGE(
            "413",
            "PayloadTooLarge",
            "The request body is over the size limit "
                    + "(`quarkus.http.limits.max-body-size`, 1 MiB), judged from the `Content-Length` header.",
            "about:blank",
            "Request Entity Too Large",
            "The request body is too large",
            "/articles",
            List.of()),
    URI_TOO_LONG(
            "414",
            "UriTooLong",
            "The request target (path and query string) is over 8,192 characters.",
            "about:blank",
            "URI Too Long",
            "The request target is too long",
            "/articles",
            List.of()),
    HEADERS_TOO_LARGE(
            "431",
            "RequestHeaderFieldsTooLarge",
            "The request headers are over 20,480 bytes " + "(`claimbase.security.max-header-bytes`).",
            "about:blank",
            "Request Header Fields Too Large",
            "The request headers take 30112 bytes; at most 20480 are accepted",
            "/articles",
            List.of()),
    UNSUPPORTED_MEDIA_TYPE(
            "415",
            "UnsupportedMediaType",
            "The body is not in a media type this operation accepts.",
            "about:blank",
            "Unsupported Media Type",
            "This resource does not accept that content type",
            "/articles",
            List.of()),
    INTERNAL_ERROR(
            "500",
            "InternalError",
            "An unexpected error. Quote the `requestId` when reporting it.",
            "/problems/internal-error",
            "Internal error",
            "The server could not complete the request; quote the request id when reporting it",
            "/articles",
            List.of()),
    SERVICE_UNAVAILABLE(
            "503",
            "ServiceUnavailable",
            "The database cannot be reached just now; retry after the " + "seconds the `Retry-After` header gives.",
            "about:blank",
            "Service Unavailable",
            "Service Unavailable",
            "/articles",
            List.of());

    static final String RESPONSE_REF_PREFIX = "#/components/responses/";

    final String status;
    final String component;
    final String description;
    /** The problem this response carries, or null when it has no body. */
    final Map<String, Object> example;

    StandardProblem(
            String status,
            String component,
            String description,
            String type,
            String title,
            String detail,
            String instance,
            List<Map<String, String>> errors) {
        this.status = status;
        this.component = component;
        this.description = description;
        if (type == null) {
            this.example = null;
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", Integer.valueOf(status));
        body.put("detail", detail);
        body.put("instance", instance);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        this.example = Collections.unmodifiableMap(body); // insertion order: the YAML is stable
    }

    private static Map<String, String> violation(String parameter, String message) {
        Map<String, String> violation = new LinkedHashMap<>();
        violation.put("parameter", parameter);
        violation.put("message", message);
        return violation;
    }

    String ref() {
        return RESPONSE_REF_PREFIX + component;
    }

    boolean hasBody() {
        return example != null;
    }

    static Optional<StandardProblem> byStatus(String status) {
        return Arrays.stream(values()).filter(p -> p.status.equals(status)).findFirst();
    }

    static Optional<StandardProblem> byRef(String ref) {
        return Arrays.stream(values()).filter(p -> p.ref().equals(ref)).findFirst();
    }
}
