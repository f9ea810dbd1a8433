package io.claimbase.web;

import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Parameter examples of the right JSON type: text for text parameters, arrays for repeatable ones. */
final class ParameterExamples {

    private ParameterExamples() {}

    /**
     * A repeatable parameter ({@code List<String> topic}) is an array, so its example must be one too: SmallRye
     * keeps {@code @Parameter(example = "energy")} as the bare text, which turns into {@code ["energy"]} here.
     */
    static void arrayExamplesAsArrays(OpenAPI openApi) {
        everyParameter(openApi)
                .filter(p -> p.getExample() != null
                        && !(p.getExample() instanceof List<?>)
                        && p.getSchema() != null
                        && p.getSchema().getType() != null
                        && p.getSchema().getType().contains(Schema.SchemaType.ARRAY))
                .forEach(p -> p.setExample(List.of(p.getExample().toString())));
    }

    /**
     * SmallRye reads {@code @Parameter(example = "2014")} as the number 2014; for a text parameter (a year as a
     * {@link PartialDateSchema#NAME}, say) the example must stay the text "2014".
     */
    static void textExamplesAsText(OpenAPI openApi, Components components) {
        everyParameter(openApi)
                .filter(p -> p.getExample() instanceof Number && isText(p.getSchema(), components))
                .forEach(p -> p.setExample(p.getExample().toString()));
    }

    static Stream<Parameter> everyParameter(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return Stream.empty();
        }
        return openApi.getPaths().getPathItems().values().stream()
                .filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream())
                .filter(op -> op.getParameters() != null)
                .flatMap(op -> op.getParameters().stream());
    }

    static boolean isText(Schema schema, Components components) {
        if (schema == null) {
            return false;
        }
        String name = SchemaWalk.componentName(schema.getRef());
        if (name != null) {
            if (PartialDateSchema.NAME.equals(name)) {
                return true;
            }
            return components.getSchemas() != null
                    && isText(components.getSchemas().get(name), components);
        }
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
