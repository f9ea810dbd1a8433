package io.claimbase.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** List envelopes ({@code Page<T>}) are named after what they list ({@code ArticleSummaryPage}); both fields required. */
final class PageNames {

    private PageNames() {}

    /** {@code PageArticleView} (Java's name) becomes {@code ArticleSummaryPage} (named after its item schema). */
    static void rename(OpenAPI openApi, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new HashMap<>();
        Map<String, Schema> result = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            String item = pageItem(schema);
            if (item == null) {
                result.put(name, schema);
                return;
            }
            String pageName = item + "Page";
            renamed.put(name, pageName);
            schema.setRequired(List.of("items", "next"));
            schema.setDescription(
                    "One page of " + item + " items, in a deterministic order, and the cursor of the next "
                            + "page (`null` on the last page).");
            result.put(pageName, schema);
        });
        if (renamed.isEmpty()) {
            return;
        }
        components.setSchemas(new TreeMap<>(result));
        SchemaWalk.everySchema(openApi, schema -> {
            String target = renamed.get(SchemaWalk.componentName(schema.getRef()));
            if (target != null) {
                schema.setRef(SchemaWalk.SCHEMA_REF_PREFIX + target);
            }
        });
    }

    /** The item schema name when {@code schema} is a {@link Page} envelope, else null. */
    static String pageItem(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.size() != 2 || !properties.containsKey("next")) {
            return null;
        }
        Schema items = properties.get("items");
        return items == null || items.getItems() == null
                ? null
                : SchemaWalk.componentName(items.getItems().getRef());
    }
}
