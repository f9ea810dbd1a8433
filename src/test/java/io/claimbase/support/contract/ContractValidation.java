package io.claimbase.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts {@link ContractValidationFilter} among RestAssured's global filters, so that every request any test sends
 * through RestAssured, and every response it gets, is checked against the committed {@code openapi/openapi.yaml}.
 * Called before each test by {@link ContractValidationExtension}; nothing to do in a test class.
 */
public final class ContractValidation {

    public static final Path SPEC = Path.of("openapi", "openapi.yaml");
    public static final String REFRESH_COMMAND = "scripts/update-openapi.sh";

    private static OpenApiInteractionValidator validator;

    private ContractValidation() {}

    /** Adds the filter unless it is already there (idempotent; restores it after a {@code RestAssured.reset()}). */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(filter());
        }
    }

    /** A filter over the committed contract, read once. */
    public static synchronized ContractValidationFilter filter() {
        if (validator == null) {
            if (!Files.isRegularFile(SPEC)) {
                throw new IllegalStateException(
                        SPEC.toAbsolutePath() + " is missing; create it with " + REFRESH_COMMAND);
            }
            validator = OpenApiInteractionValidator.createForSpecificationUrl(
                            SPEC.toUri().toString())
                    .build();
        }
        return new ContractValidationFilter(validator);
    }
}
