package io.claimbase.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * {@code #/components/schemas/PartialDate} (a year, a month or a day), added when a date filter references it:
 * {@code @Parameter(schema = @Schema(ref = "PartialDate"))}.
 */
final class PartialDateSchema {

    static final String NAME = "PartialDate";

    private PartialDateSchema() {}

    static void addIfUsed(OpenAPI openApi, Components components) {
        String ref = SchemaWalk.SCHEMA_REF_PREFIX + NAME;
        boolean[] used = {false};
        SchemaWalk.everySchema(openApi, schema -> used[0] |= ref.equals(schema.getRef()));
        if (used[0]) {
            components.addSchema(
                    NAME,
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .description(
                                    "A date known to a year (`2014`), a month (`2014-05`) or a day (`2014-05-21`). "
                                            + "As a lower bound (`after`) it means after the whole period: `after=2014` is from "
                                            + "2015-01-01 on.")
                            .pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                            .example("2014"));
        }
    }
}
