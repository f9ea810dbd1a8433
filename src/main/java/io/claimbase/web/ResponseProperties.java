package io.claimbase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * In schemas only ever sent by the service every property is required (the JSON always carries it, as {@code null}
 * when it is nullable), unless the schema lists its required properties itself.
 */
final class ResponseProperties {

    private ResponseProperties() {}

    static void requireAll(OpenAPI openApi, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null || openApi.getPaths() == null) {
            return;
        }
        List<Schema> sent = new ArrayList<>();
        openApi.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(op -> sent.addAll(SchemaWalk.requestSchemas(op)));
            }
        });
        Set<String> requestSide = SchemaWalk.referencedComponents(sent, schemas);
        schemas.forEach((name, schema) -> {
            if (!requestSide.contains(name) && schema.getProperties() != null && schema.getRequired() == null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }
}
