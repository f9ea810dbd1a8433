package io.claimbase.web;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Nullable properties of a named type written so that validators and client generators admit null. */
final class NullableReferences {

    private NullableReferences() {}

    /**
     * A nullable property of a named type comes out of SmallRye as {@code nullable: true, allOf: [$ref]}, which in
     * OpenAPI 3.0 does <em>not</em> admit null ({@code nullable} only widens a {@code type} of the same schema).
     * Rewritten as {@code anyOf: [$ref, <null>]}, with the 3.0 null schema {@code {type: object, nullable: true,
     * enum: [null]}}, which validators accept and client generators render as {@code T | null}.
     */
    static void rewrite(Schema schema) {
        if (schema.getProperties() != null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null
                && anyOf.size() == 2
                && anyOf.stream().anyMatch(NullableReferences::isNullOnly)
                && anyOf.stream().anyMatch(s -> s.getRef() != null)) {
            Schema ref =
                    anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElseThrow();
            schema.setAnyOf(List.of(ref, nullOnly()));
            return;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        List<Schema> single = schema.getAllOf() != null ? schema.getAllOf() : schema.getOneOf();
        if (nullable && single != null && single.size() == 1 && single.get(0).getRef() != null) {
            schema.setType(null);
            schema.setAllOf(null);
            schema.setOneOf(null);
            schema.setAnyOf(List.of(single.get(0), nullOnly()));
        }
    }

    static boolean isNullOnly(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    /** The OpenAPI 3.0 schema that admits null and nothing else. */
    static Schema nullOnly() {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
        schema.setEnumeration(java.util.Collections.singletonList(null));
        return schema;
    }
}
