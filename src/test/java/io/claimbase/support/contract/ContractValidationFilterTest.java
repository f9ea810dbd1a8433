package io.claimbase.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ContractValidationFilter} on hand-made exchanges against the committed spec (no service needed):
 * which requests and responses break the contract and which do not.
 */
class ContractValidationFilterTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"next\":null}";
    private static final String PROBLEM = """
            {"type":"/problems/invalid-parameter","title":"Invalid parameter","status":400,
             "detail":"limit: must be between 1 and 200","instance":"/authors",
             "errors":[{"parameter":"limit","message":"must be between 1 and 200"}]}""";

    private final ContractValidationFilter filter = ContractValidation.filter();

    @Test
    void aRequestTheServiceAcceptedMustBeOneTheContractAllows() {
        List<String> errors = filter.check(get("/authors", "limit", "0"), json(200, EMPTY_PAGE));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("request accepted with 200"), errors.toString());
        assertTrue(errors.get(0).contains("limit"), errors.toString());
    }

    @Test
    void aRequestTheServiceRefusedMayBreakTheContractButTheProblemMayNot() {
        assertEquals(List.of(), filter.check(get("/authors", "limit", "0"), problem(400, PROBLEM)));
        List<String> errors = filter.check(get("/authors", "limit", "0"), problem(400, "{\"status\":400}"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("title")), errors.toString());
    }

    @Test
    void aValidExchangeKeepsTheContract() {
        assertEquals(List.of(), filter.check(get("/authors", "limit", "20"), json(200, EMPTY_PAGE)));
    }

    @Test
    void aBodyWithAFieldTheContractDoesNotDeclareBreaksIt() {
        List<String> errors =
                filter.check(get("/authors", "limit", "20"), json(200, "{\"items\":[],\"next\":null,\"total\":0}"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("total")), errors.toString());
    }

    @Test
    void aNullWhereTheContractSaysNullableIsFineAndElsewhereItIsNot() {
        String author = "{\"id\":1,\"name\":\"A\",\"slug\":\"a\",\"affiliation\":null,\"articleCount\":0,"
                + "\"articles\":null}";
        assertEquals(List.of(), filter.check(get("/authors/a"), json(200, author)));
        List<String> errors = filter.check(get("/authors/a"), json(200, author.replace("\"A\"", "null")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("/name")), errors.toString());
    }

    @Test
    void anOperationTheContractDoesNotDeclareMayOnlyAnswerAProblem() {
        assertEquals(List.of(), filter.check(get("/nowhere"), problem(404, PROBLEM.replace("400", "404"))));
        assertEquals(1, filter.check(get("/nowhere"), json(200, "{}")).size());
        assertEquals(1, filter.check(get("/nowhere"), json(404, "{}")).size());
    }

    private static Request get(String path, String... query) {
        SimpleRequest.Builder builder = SimpleRequest.Builder.get(path);
        for (int i = 0; i < query.length; i += 2) {
            builder.withQueryParam(query[i], query[i + 1]);
        }
        return builder.build();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }

    private static SimpleResponse problem(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/problem+json")
                .withBody(body)
                .build();
    }
}
