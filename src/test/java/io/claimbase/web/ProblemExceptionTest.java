package io.claimbase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.error.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each domain exception becomes exactly the problem the web layer answered before services stopped using it. */
class ProblemExceptionTest {

    private static Problem problem(DomainException e) {
        return ProblemException.of(e).toProblem("/here", "req-1");
    }

    @Test
    void notFoundIsA404NamingWhatAndId() {
        assertEquals(
                new Problem(
                        "/problems/not-found", "Not found", 404, "No article with id 42", "/here", "req-1", List.of()),
                problem(new DomainException.NotFound("article", 42L)));
    }

    @Test
    void anInvalidFieldIsABodyProblemNamingTheField() {
        assertEquals(
                new Problem(
                        "/problems/invalid-body",
                        "Invalid request body",
                        400,
                        "publishedOn: is not a valid date",
                        "/here",
                        "req-1",
                        List.of(Problem.Violation.field("publishedOn", "is not a valid date"))),
                problem(new DomainException.InvalidField("publishedOn", "is not a valid date")));
    }

    @Test
    void anInvalidParameterIsAParameterProblemNamingTheParameter() {
        assertEquals(
                new Problem(
                        "/problems/invalid-parameter",
                        "Invalid parameter",
                        400,
                        "sort: must be one of a, b",
                        "/here",
                        "req-1",
                        List.of(Problem.Violation.parameter("sort", "must be one of a, b"))),
                problem(new DomainException.InvalidParameter("sort", "must be one of a, b")));
    }

    @Test
    void aConflictIsA409WithItsReasonAsType() {
        assertEquals(
                new Problem(
                        "/problems/curated-positions",
                        "Curated positions exist",
                        409,
                        "Question q has 1 curated position(s)",
                        "/here",
                        "req-1",
                        List.of()),
                problem(new DomainException.Conflict(
                        "curated-positions", "Curated positions exist", "Question q has 1 curated position(s)")));
    }
}
