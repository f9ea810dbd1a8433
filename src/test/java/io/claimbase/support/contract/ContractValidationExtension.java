package io.claimbase.support.contract;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs contract validation before every test of the suite, without any annotation: JUnit finds this extension
 * through {@code META-INF/services/org.junit.jupiter.api.extension.Extension}
 * ({@code junit.jupiter.extensions.autodetection.enabled=true} in {@code junit-platform.properties}).
 * <p>
 * A {@code @QuarkusTest} class is loaded by Quarkus' own class loader, with its own copy of RestAssured; the filter is
 * therefore installed through the class loader of the test class, so that it lands in the RestAssured the test uses.
 */
public class ContractValidationExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        if (loader == ContractValidationExtension.class.getClassLoader()) {
            ContractValidation.install();
            return;
        }
        try {
            Class.forName(ContractValidation.class.getName(), true, loader)
                    .getMethod("install")
                    .invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
