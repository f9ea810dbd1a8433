package io.claimbase.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.claimbase.db.DatabaseFailures;
import io.claimbase.error.DomainException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error is an RFC 9457 problem. Client mistakes log at
 * debug; anything unexpected logs once at error with the request id, and the client sees only a generic message
 * (never an exception class, SQL or a stack trace).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The problem an exception is answered with, for answers that carry problems inside a body of their own (one per
     * line of a batch): the same choice the mappers below make as the most specific mapper for its type.
     */
    public Problem problemFor(Throwable e, UriInfo uri) {
        RestResponse<Problem> answer;
        if (e instanceof ProblemException problem) {
            answer = problem(problem, uri);
        } else if (e instanceof DomainException domain) {
            answer = domain(domain, uri);
        } else if (e instanceof ConstraintViolationException violations) {
            answer = constraintViolations(violations, uri);
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            answer = unknownField(unknown, uri);
        } else if (e instanceof MismatchedInputException mismatch) {
            answer = wrongType(mismatch, uri);
        } else if (e instanceof JsonParseException parse) {
            answer = malformedJson(parse, uri);
        } else if (e instanceof JsonProcessingException json) {
            answer = unreadableJson(json, uri);
        } else if (e instanceof WebApplicationException web) {
            answer = http(web, uri);
        } else {
            answer = unexpected(e, uri);
        }
        return answer.getEntity();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        LOG.debugf("client error %d: %s", e.status(), e.getMessage());
        return answer(e.toProblem(instance(uri), requestId()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> domain(DomainException e, UriInfo uri) {
        return problem(ProblemException.of(e), uri);
    }

    /** The problem a domain exception is answered with inside a body of its own, without a request id. */
    public static Problem problemOf(DomainException e, String instance) {
        return ProblemException.of(e).toProblem(instance, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMappers::violation)
                .sorted(Comparator.comparing((Problem.Violation v) -> v.field() != null ? v.field() : v.parameter())
                        .thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.stream()
                .map(v -> (v.field() != null ? v.field() : v.parameter()) + ": " + v.message())
                .collect(Collectors.joining("; "));
        boolean body = violations.stream().anyMatch(v -> v.field() != null);
        return answer(new Problem(
                body ? "/problems/invalid-body" : "/problems/invalid-parameter",
                body ? "Invalid request body" : "Invalid parameter",
                400,
                detail,
                instance(uri),
                requestId(),
                violations));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return bodyProblem(path(e), "is not a known field", uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongType(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        String expected = e.getTargetType() == null ? "a different value" : describe(e.getTargetType());
        return bodyProblem(field, "must be " + expected, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonParseException e, UriInfo uri) {
        return malformedJson((JsonProcessingException) e, uri);
    }

    private RestResponse<Problem> malformedJson(JsonProcessingException e, UriInfo uri) {
        return duplicateField(e)
                .map(field -> bodyProblem(field, "appears more than once in the object", uri))
                .orElseGet(() -> malformed(uri));
    }

    /** The field StrictJson's duplicate detection stopped on (the parser stands on the repeated field). */
    private static java.util.Optional<String> duplicateField(JsonProcessingException e) {
        if (!(e instanceof JsonParseException parse)
                || parse.getOriginalMessage() == null
                || !parse.getOriginalMessage().startsWith("Duplicate field")
                || parse.getProcessor() == null) {
            return java.util.Optional.empty();
        }
        String pointer =
                parse.getProcessor().getParsingContext().pathAsPointer().toString();
        return java.util.Optional.of(
                pointer.substring(Math.min(1, pointer.length())).replace('/', '.'));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return bodyProblem(
                    path(mapping),
                    StrictJson.UnstorableStringException.in(mapping).orElse("has an invalid value"),
                    uri);
        }
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource cannot answer in the requested media type";
            case 413 -> "The request body is too large";
            case 415 -> "This resource does not accept that content type";
            default -> status.getReasonPhrase();
        };
        return answer(new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                instance(uri),
                requestId(),
                List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Problem> unauthenticated(RuntimeException e, UriInfo uri) {
        LOG.debugf("unauthenticated request to %s", uri.getPath());
        return answer(
                new Problem(
                        "/problems/unauthorized",
                        "Unauthorized",
                        401,
                        "This operation needs a valid bearer token (Authorization: Bearer <JWT>)",
                        instance(uri),
                        requestId(),
                        List.of()),
                HttpHeaders.WWW_AUTHENTICATE,
                "Bearer");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        LOG.debugf("forbidden request to %s", uri.getPath());
        return answer(new Problem(
                "/problems/forbidden",
                "Forbidden",
                403,
                "The bearer token does not carry a role that may perform this operation",
                instance(uri),
                requestId(),
                List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        String requestId = requestId();
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("database unavailable on %s (request %s): %s", uri.getPath(), requestId, e.getMessage());
            return answer(
                    new Problem(
                            "/problems/service-unavailable",
                            "Service unavailable",
                            503,
                            "The database is unavailable for the moment; retry after a few seconds",
                            instance(uri),
                            requestId,
                            List.of()),
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(RETRY_AFTER_SECONDS));
        }
        LOG.errorf(e, "unexpected error on %s (request %s)", uri.getPath(), requestId);
        return answer(new Problem(
                "/problems/internal-error",
                "Internal error",
                500,
                "The server could not complete the request; quote the request id when reporting it",
                instance(uri),
                requestId,
                List.of()));
    }

    private RestResponse<Problem> malformed(UriInfo uri) {
        return answer(new Problem(
                "/problems/malformed-json",
                "Malformed JSON",
                400,
                "The request body is not well-formed JSON",
                instance(uri),
                requestId(),
                List.of()));
    }

    private RestResponse<Problem> bodyProblem(String field, String message, UriInfo uri) {
        return answer(ProblemException.badField(field.isEmpty() ? "(body)" : field, message)
                .toProblem(instance(uri), requestId()));
    }

    /** The problem as a response, with extra headers given as name, value pairs. */
    static RestResponse<Problem> answer(Problem problem, String... headers) {
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private static Problem.Violation violation(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null) {
                    properties.add(node.getName());
                }
            }
        }
        if (!properties.isEmpty()) {
            return Problem.Violation.field(String.join(".", properties), violation.getMessage());
        }
        return Problem.Violation.parameter(parameter == null ? "(request)" : parameter, violation.getMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
