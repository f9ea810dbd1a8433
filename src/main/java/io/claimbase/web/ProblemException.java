package io.claimbase.web;

import io.claimbase.error.DomainException;
import java.util.List;

/**
 * A client-facing error of the web edge (resources, parameter beans, {@code web/}), answered as a {@link Problem}.
 * Services, queries and repositories throw a {@link DomainException} instead, which {@link #of} turns into this.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                parameter + ": " + message,
                List.of(Problem.Violation.parameter(parameter, message)));
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(
                400,
                "/problems/invalid-body",
                "Invalid request body",
                field + ": " + message,
                List.of(Problem.Violation.field(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                404, "/problems/not-found", "Not found", "No " + what + " with id " + id, List.of());
    }

    /** The problem a domain exception is answered with. */
    public static ProblemException of(DomainException e) {
        if (e instanceof DomainException.NotFound missing) {
            return notFound(missing.what(), missing.id());
        }
        if (e instanceof DomainException.InvalidField field) {
            return badField(field.name(), field.reason());
        }
        if (e instanceof DomainException.InvalidParameter parameter) {
            return badParameter(parameter.name(), parameter.reason());
        }
        DomainException.Conflict conflict = (DomainException.Conflict) e; // the last of the sealed set
        return new ProblemException(
                409, "/problems/" + conflict.reason(), conflict.title(), conflict.getMessage(), List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance, String requestId) {
        return new Problem(type, title, status, getMessage(), instance, requestId, violations);
    }
}
