package io.claimbase.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The conventions of the contract, applied to every operation, including those added later, so that a resource
 * declares only what is particular to it:
 * <ul>
 * <li>the query parameters {@code limit} and {@code cursor} become references to one description of each in
 * {@code components.parameters} (a resource just declares {@code @QueryParam("limit") Integer limit});</li>
 * <li>{@code #/components/schemas/PartialDate} (a year, a month or a day) exists for date filters to reference:
 * {@code @Parameter(schema = @Schema(ref = "PartialDate"))};</li>
 * <li>every operation lists the error responses it can really answer (400 always, since unknown parameters are
 * refused; 404 with a path parameter; 401/403 when it requires security; 413/415 with a request body; 500 always),
 * each a reference to one {@code components.responses} entry, and every 4xx/5xx response, declared or added, is
 * {@code application/problem+json} with the {@code Problem} schema (except 413, which the HTTP layer answers with no
 * body) (a resource may declare just
 * {@code @APIResponse(responseCode = "404", description = "No article with this id")}, or refer to a standard one:
 * {@code @APIResponse(responseCode = "409", ref = "Conflict")});</li>
 * <li>list envelopes ({@code Page<T>}) are named after what they list ({@code ArticleSummaryPage}), and both of their
 * fields are required;</li>
 * <li>in schemas only ever sent by the service, every property is required (the JSON always carries it, as
 * {@code null} when it is nullable), unless the schema lists its required properties itself
 * ({@code @Schema(requiredProperties = ...)}, e.g. for a record with {@code @JsonInclude(NON_NULL)}). This is what
 * makes generated clients precise, and the contract tests check it on every response.</li>
 * </ul>
 * Registered by {@code mp.openapi.filter} in {@code application.properties}; it runs when the build writes the spec.
 */
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = Problem.MEDIA_TYPE;
    static final String PROBLEM_SCHEMA = "Problem";
    static final String PARTIAL_DATE_SCHEMA = "PartialDate";
    static final String PARAMETER_REF_PREFIX = "#/components/parameters/";
    static final String BEARER_SCHEME = "bearerAuth";
    static final Set<PathItem.HttpMethod> WRITE_METHODS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openApi.setComponents(components);
        }
        Set<StandardProblem> usedProblems = new LinkedHashSet<>();
        Set<String> usedParameters = new LinkedHashSet<>();
        boolean securedByDefault =
                openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
        if (openApi.getPaths() != null) {
            for (Map.Entry<String, PathItem> path :
                    openApi.getPaths().getPathItems().entrySet()) {
                if (path.getValue().getOperations() == null) {
                    continue;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        path.getValue().getOperations().entrySet()) {
                    Operation operation = entry.getValue();
                    usedParameters.addAll(sharedParameters(operation));
                    usedProblems.addAll(errorResponses(path.getKey(), entry.getKey(), operation, securedByDefault));
                }
            }
        }
        addBearerScheme(components);
        addSharedParameters(components, usedParameters);
        textExamplesAsText(openApi, components);
        arrayExamplesAsArrays(openApi);
        addProblemResponses(components, usedProblems);
        addPartialDateIfUsed(openApi, components);
        namePages(openApi, components);
        requireResponseProperties(openApi, components);
        SchemaWalk.everySchema(openApi, OpenApiConventions::nullableReference);
    }

    // --- parameters ------------------------------------------------------------------------------------------------

    private static List<String> sharedParameters(Operation operation) {
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

    private static void addSharedParameters(Components components, Set<String> used) {
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

    /**
     * A repeatable parameter ({@code List<String> topic}) is an array, so its example must be one too: SmallRye
     * keeps {@code @Parameter(example = "energy")} as the bare text, which turns into {@code ["energy"]} here.
     */
    private static void arrayExamplesAsArrays(OpenAPI openApi) {
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
     * {@link #PARTIAL_DATE_SCHEMA}, say) the example must stay the text "2014".
     */
    private static void textExamplesAsText(OpenAPI openApi, Components components) {
        everyParameter(openApi)
                .filter(p -> p.getExample() instanceof Number && isText(p.getSchema(), components))
                .forEach(p -> p.setExample(p.getExample().toString()));
    }

    private static Stream<Parameter> everyParameter(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return Stream.empty();
        }
        return openApi.getPaths().getPathItems().values().stream()
                .filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream())
                .filter(op -> op.getParameters() != null)
                .flatMap(op -> op.getParameters().stream());
    }

    private static boolean isText(Schema schema, Components components) {
        if (schema == null) {
            return false;
        }
        String name = SchemaWalk.componentName(schema.getRef());
        if (name != null) {
            if (PARTIAL_DATE_SCHEMA.equals(name)) {
                return true;
            }
            return components.getSchemas() != null
                    && isText(components.getSchemas().get(name), components);
        }
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    /** The bearer JWT scheme every write requires (role editor; DELETE and /admin need role admin). */
    private static void addBearerScheme(Components components) {
        if (components.getSecuritySchemes() != null
                && components.getSecuritySchemes().containsKey(BEARER_SCHEME)) {
            return;
        }
        components.addSecurityScheme(
                BEARER_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "A JWT from the configured issuer (`MP_JWT_VERIFY_ISSUER`), signed by its key. Role "
                                        + "`editor` may create, update and curate; `admin` may also delete and re-extract everything. "
                                        + "Reads need no token unless `CLAIMBASE_SECURITY_READS=reader`."));
    }

    // --- error responses -------------------------------------------------------------------------------------------

    private static Set<StandardProblem> errorResponses(
            String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Set<StandardProblem> wanted = new LinkedHashSet<>();
        wanted.add(StandardProblem.BAD_REQUEST);
        if (path.contains("{")) {
            wanted.add(StandardProblem.NOT_FOUND);
        }
        boolean secured =
                operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
        if (!secured && WRITE_METHODS.contains(method)) {
            // every write needs a bearer token (quarkus.http.auth.permission.* in application.properties)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME)));
        }
        // writes always need a token; reads too when the service is configured so (CLAIMBASE_SECURITY_READS=reader)
        wanted.add(StandardProblem.UNAUTHORIZED);
        wanted.add(StandardProblem.FORBIDDEN);
        if (operation.getRequestBody() != null) {
            wanted.add(StandardProblem.REQUEST_TIMEOUT);
            wanted.add(StandardProblem.PAYLOAD_TOO_LARGE);
            wanted.add(StandardProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        wanted.add(StandardProblem.URI_TOO_LONG);
        wanted.add(StandardProblem.HEADERS_TOO_LARGE);
        wanted.add(StandardProblem.INTERNAL_ERROR);
        wanted.add(StandardProblem.SERVICE_UNAVAILABLE);

        Map<String, APIResponse> responses = new TreeMap<>(
                operation.getResponses().getAPIResponses() == null
                        ? Map.of()
                        : operation.getResponses().getAPIResponses());
        Set<StandardProblem> used = new LinkedHashSet<>();
        for (StandardProblem problem : wanted) {
            if (!responses.containsKey(problem.status)) {
                responses.put(problem.status, OASFactory.createAPIResponse().ref(problem.ref()));
            }
        }
        for (Map.Entry<String, APIResponse> entry : responses.entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                StandardProblem.byRef(response.getRef()).ifPresent(used::add);
            } else if (isError(entry.getKey())
                    && StandardProblem.byStatus(entry.getKey())
                            .map(StandardProblem::hasBody)
                            .orElse(true)) {
                response.setContent(problemContent(response.getContent()));
            }
        }
        operation.getResponses().setAPIResponses(responses);
        return used;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** The problem+json content of an error response: what the resource declared for it, else the Problem schema. */
    private static Content problemContent(Content declared) {
        if (declared != null && declared.getMediaType(PROBLEM_MEDIA_TYPE) != null) {
            Content content = OASFactory.createContent();
            content.addMediaType(PROBLEM_MEDIA_TYPE, declared.getMediaType(PROBLEM_MEDIA_TYPE));
            return content;
        }
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static void addProblemResponses(Components components, Collection<StandardProblem> used) {
        Map<String, APIResponse> responses =
                new TreeMap<>(components.getResponses() == null ? Map.of() : components.getResponses());
        for (StandardProblem problem : StandardProblem.values()) {
            if (used.contains(problem)) {
                APIResponse response = OASFactory.createAPIResponse().description(problem.description);
                if (problem.hasBody()) {
                    response.setContent(OASFactory.createContent()
                            .addMediaType(
                                    PROBLEM_MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                                            .example(problem.example)));
                }
                responses.put(problem.component, response);
            }
        }
        components.setResponses(responses.isEmpty() ? null : responses);
    }

    // --- schemas ---------------------------------------------------------------------------------------------------

    private static void addPartialDateIfUsed(OpenAPI openApi, Components components) {
        String ref = SchemaWalk.SCHEMA_REF_PREFIX + PARTIAL_DATE_SCHEMA;
        boolean[] used = {false};
        SchemaWalk.everySchema(openApi, schema -> used[0] |= ref.equals(schema.getRef()));
        if (used[0]) {
            components.addSchema(
                    PARTIAL_DATE_SCHEMA,
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

    /**
     * A nullable property of a named type comes out of SmallRye as {@code nullable: true, allOf: [$ref]}, which in
     * OpenAPI 3.0 does <em>not</em> admit null ({@code nullable} only widens a {@code type} of the same schema).
     * Rewritten as {@code anyOf: [$ref, <null>]}, with the 3.0 null schema {@code {type: object, nullable: true,
     * enum: [null]}}, which validators accept and client generators render as {@code T | null}.
     */
    private static void nullableReference(Schema schema) {
        if (schema.getProperties() != null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null
                && anyOf.size() == 2
                && anyOf.stream().anyMatch(OpenApiConventions::isNullOnly)
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

    private static boolean isNullOnly(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    /** The OpenAPI 3.0 schema that admits null and nothing else. */
    private static Schema nullOnly() {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
        schema.setEnumeration(java.util.Collections.singletonList(null));
        return schema;
    }

    /** {@code PageArticleView} (Java's name) becomes {@code ArticleSummaryPage} (named after its item schema). */
    private static void namePages(OpenAPI openApi, Components components) {
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
    private static String pageItem(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.size() != 2 || !properties.containsKey("next")) {
            return null;
        }
        Schema items = properties.get("items");
        return items == null || items.getItems() == null
                ? null
                : SchemaWalk.componentName(items.getItems().getRef());
    }

    private static void requireResponseProperties(OpenAPI openApi, Components components) {
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
