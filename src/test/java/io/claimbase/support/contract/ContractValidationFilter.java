package io.claimbase.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one HTTP exchange against the committed contract:
 * <ul>
 * <li>the response always: its status must be listed for the operation, its content type declared, its body valid
 * against the schema, with no property the schema does not declare;</li>
 * <li>the request when the service accepted it (status below 400): a request the service answers with success must be
 * one the contract allows, or the contract is stricter than the service. A request the service refused (4xx) may
 * well break the contract: tests send such requests on purpose;</li>
 * <li>an operation the contract does not declare: only a problem+json error is acceptable.</li>
 * </ul>
 * Paths under {@code /q/} (health, metrics, the spec itself) are not part of the API and are not checked.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private static final Set<String> UNDECLARED =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    ContractValidationFilter(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** Runs outermost, so it sees the request as sent and the response as the test will see it. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        String path = requestSpec.getDerivedPath();
        if (path.startsWith("/q/") || isCorsPreflight(requestSpec) || isCorsRefusal(requestSpec, response)) {
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        List<String> errors = check(request, RestAssuredResponse.of(response));
        if (!errors.isEmpty()) {
            throw new ContractViolation(request.getMethod() + " " + path, response.getStatusCode(), errors);
        }
        return response;
    }

    /** A CORS preflight is the browser asking permission, answered by the HTTP layer: no operation of the API. */
    private static boolean isCorsPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    /** A request from an origin the CORS settings do not allow is refused by the HTTP layer (403, no body). */
    private static boolean isCorsRefusal(FilterableRequestSpecification request, Response response) {
        return request.getHeaders().hasHeaderWithName("Origin")
                && response.getStatusCode() == 403
                && response.getBody().asString().isEmpty();
    }

    /** The contract violations of one exchange; empty when it keeps the contract. */
    public List<String> check(Request request, com.atlassian.oai.validator.model.Response response) {
        List<ValidationReport.Message> requestErrors = errors(validator.validateRequest(request));
        boolean undeclared = requestErrors.stream().anyMatch(m -> UNDECLARED.contains(m.getKey()));
        int status = response.getStatus();
        List<String> violations = new ArrayList<>();
        if (undeclared) {
            String contentType = String.join(",", response.getHeaderValues("Content-Type"));
            if (status < 400) {
                violations.add("the service answered " + status + " to an operation the contract does not declare");
            } else if (!contentType.startsWith("application/problem+json")) {
                violations.add("an error must be application/problem+json, was '" + contentType + "'");
            }
            return violations;
        }
        if (status < 400) {
            requestErrors.forEach(
                    m -> violations.add("request accepted with " + status + " breaks the contract: " + describe(m)));
        }
        errors(validator.validateResponse(request.getPath(), request.getMethod(), response))
                .forEach(m -> violations.add("response: " + describe(m)));
        return violations;
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
    }

    private static String describe(ValidationReport.Message message) {
        String nested = message.getNestedMessages().stream()
                .map(ContractValidationFilter::describe)
                .collect(Collectors.joining("; "));
        String parameter = message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(p -> " (parameter '" + p.getName() + "')")
                .orElse("");
        return "[" + message.getKey() + "] " + message.getMessage() + parameter
                + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo())
                + (nested.isEmpty() ? "" : " {" + nested + "}");
    }

    /** Thrown when an exchange breaks the contract; the test that made it fails with this message. */
    public static final class ContractViolation extends AssertionError {

        ContractViolation(String request, int status, List<String> errors) {
            super(request + " (answered " + status + ") breaks the contract in " + ContractValidation.SPEC + ":\n  - "
                    + String.join("\n  - ", errors) + "\nIf the code changed the API on purpose, refresh the "
                    + "contract with " + ContractValidation.REFRESH_COMMAND + " and review the diff.");
        }
    }
}
