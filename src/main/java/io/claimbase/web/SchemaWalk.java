package io.claimbase.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Visits every schema object of an OpenAPI model, nested ones included, each once. */
final class SchemaWalk {

    static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

    private SchemaWalk() {}

    /** Every schema in the document: component schemas and those inside parameters, bodies and responses. */
    static void everySchema(OpenAPI openApi, Consumer<Schema> visitor) {
        List<Schema> roots = new ArrayList<>();
        Components components = openApi.getComponents();
        if (components != null) {
            roots.addAll(values(components.getSchemas()));
            values(components.getParameters()).forEach(p -> roots.addAll(parameterSchemas(p)));
            values(components.getResponses()).forEach(r -> roots.addAll(contentSchemas(r.getContent())));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> values(item.getOperations()).forEach(op -> {
                        roots.addAll(requestSchemas(op));
                        if (op.getResponses() != null) {
                            values(op.getResponses().getAPIResponses())
                                    .forEach(r -> roots.addAll(contentSchemas(r.getContent())));
                        }
                    }));
        }
        walk(roots, visitor);
    }

    /** The schemas a client sends: parameters and request bodies of every operation. */
    static List<Schema> requestSchemas(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> schemas.addAll(parameterSchemas(p)));
        }
        if (operation.getRequestBody() != null) {
            schemas.addAll(contentSchemas(operation.getRequestBody().getContent()));
        }
        return schemas;
    }

    /** The names of the component schemas reachable from {@code roots}, following references. */
    static Set<String> referencedComponents(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new java.util.LinkedHashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            List<Schema> next = new ArrayList<>();
            walk(pending, schema -> {
                String name = componentName(schema.getRef());
                if (name != null && names.add(name) && components.containsKey(name)) {
                    next.add(components.get(name));
                }
            });
            pending = next;
        }
        return names;
    }

    static String componentName(String ref) {
        return ref != null && ref.startsWith(SCHEMA_REF_PREFIX) ? ref.substring(SCHEMA_REF_PREFIX.length()) : null;
    }

    static List<Schema> contentSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static List<Schema> parameterSchemas(Parameter parameter) {
        List<Schema> schemas = new ArrayList<>(contentSchemas(parameter.getContent()));
        if (parameter.getSchema() != null) {
            schemas.add(parameter.getSchema());
        }
        return schemas;
    }

    private static void walk(Collection<Schema> roots, Consumer<Schema> visitor) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> stack = new ArrayList<>(roots);
        while (!stack.isEmpty()) {
            Schema schema = stack.remove(stack.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            visitor.accept(schema);
            stack.addAll(values(schema.getProperties()));
            stack.add(schema.getItems());
            stack.add(schema.getAdditionalPropertiesSchema());
            stack.add(schema.getNot());
            stack.addAll(orEmpty(schema.getAllOf()));
            stack.addAll(orEmpty(schema.getAnyOf()));
            stack.addAll(orEmpty(schema.getOneOf()));
        }
    }

    private static <V> Collection<V> values(Map<?, V> map) {
        return map == null ? List.of() : map.values();
    }

    private static <V> List<V> orEmpty(List<V> list) {
        return list == null ? List.of() : list;
    }
}
