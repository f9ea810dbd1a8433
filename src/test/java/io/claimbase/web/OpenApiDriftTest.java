package io.claimbase.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimbase.support.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is what the code generates: the spec the service serves at /q/openapi (built from the
 * annotations and {@link OpenApiConventions}) must equal openapi/openapi.yaml byte for byte, or the frontend builds
 * against a spec that lies. {@code -Dopenapi.update=true} (what scripts/update-openapi.sh passes) rewrites the
 * committed file instead of failing.
 */
@QuarkusTest
class OpenApiDriftTest {

    @Test
    void theCommittedSpecIsWhatTheCodeGenerates() throws IOException {
        String generated = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path committed = ContractValidation.SPEC;
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, generated);
            return;
        }
        String current = Files.isRegularFile(committed) ? Files.readString(committed) : "";
        if (!current.equals(generated)) {
            fail(committed + " differs from the spec the code generates (first difference: "
                    + firstDifference(current, generated) + "). Refresh it with " + ContractValidation.REFRESH_COMMAND
                    + ", review the diff and commit it.");
        }
    }

    private static String firstDifference(String committed, String generated) {
        List<String> a = committed.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left.strip() + "', generated '" + right.strip() + "'";
            }
        }
        return "line endings";
    }
}
