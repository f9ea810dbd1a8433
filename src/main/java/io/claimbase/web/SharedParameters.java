package io.claimbase.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters {@code limit} and {@code cursor} become references to one description of each in
 * {@code components.parameters}: a resource just declares {@code @QueryParam("limit") Integer limit}.
 */
final class SharedParameters {

    static final String PARAMETER_REF_PREFIX = "#/components/parameters/";

    private SharedParameters() {}

    static List<String> replaceIn(Operation operation) {
        List<String> used = new ArrayList<>();
        if (operation.getParameters() == null) {
            return used;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            if (parameter.getRef() == null
                    && parameter.getIn() == Parameter.In.QUERY
                    && SharedParameter.byName(name) != null) {
                used.add(name);
                parameters.add(OASFactory.createParameter().ref(PARAMETER_REF_PREFIX + name));
            } else {
                parameters.add(parameter);
            }
        }
        operation.setParameters(parameters);
        return used;
    }

    static void describe(Components components, Set<String> used) {
        for (String name : used) {
            components.addParameter(name, SharedParameter.byName(name).parameter());
        }
    }

    /** The parameters every list shares, described once. */
    private enum SharedParameter {
        LIMIT("limit") {
            @Override
            Parameter parameter() {
                return base(
                                "How many items at most one page holds: 1 to " + Params.MAX_LIMIT + ", default "
                                        + Params.DEFAULT_LIMIT + ".",
                                20)
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(Params.MAX_LIMIT))
                                .defaultValue(Params.DEFAULT_LIMIT));
            }
        },
        CURSOR("cursor") {
            @Override
            Parameter parameter() {
                return base(
                                "Where the page starts: the `next` of the previous page, passed back unchanged with the "
                                        + "same filters. Omit it for the first page. A cursor is opaque and signed: an edited one "
                                        + "is a 400.",
                                "MTI3.eyJpZCI6MTI3fQ")
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .maxLength(1024)
                                .pattern("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"));
            }
        };

        final String name;

        SharedParameter(String name) {
            this.name = name;
        }

        abstract Parameter parameter();

        Parameter base(String description, Object example) {
            return OASFactory.createParameter()
                    .name(name)
                    .in(Parameter.In.QUERY)
                    .required(false)
                    .description(description)
                    .example(example);
        }

        static SharedParameter byName(String name) {
            for (SharedParameter parameter : values()) {
                if (parameter.name.equals(name)) {
                    return parameter;
                }
            }
            return null;
        }
    }
}
