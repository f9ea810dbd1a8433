package io.claimbase.web;

import java.util.List;

/** A client-facing error: thrown anywhere in the web or service layer, answered as a {@link Problem}. */
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

    public int status() {
        return status;
    }

    public Problem toProblem(String instance, String requestId) {
        return new Problem(type, title, status, getMessage(), instance, requestId, violations);
    }
}
