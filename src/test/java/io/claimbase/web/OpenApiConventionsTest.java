package io.claimbase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * What the conventions filter does to an operation someone adds tomorrow, shown on a small hand-built model (the
 * whole generated spec is checked by OpenApiDriftTest, Spectral and the contract validation of every test).
 */
class OpenApiConventionsTest {

    @Test
    void aNewListOperationGetsTheSharedParametersAndTheStandardErrors() {
        Operation list = OASFactory.createOperation()
                .operationId("listThings")
                .addParameter(query("limit"))
                .addParameter(query("cursor"))
                .addParameter(query("topic"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok("ThingPage")));
        OpenAPI openApi = document("/things", OASFactory.createPathItem().GET(list));
        openApi.getComponents().addSchema("ThingPage", page("Thing")).addSchema("Thing", thing());

        new OpenApiConventions().filterOpenAPI(openApi);

        assertEquals(
                java.util.Arrays.asList("#/components/parameters/limit", "#/components/parameters/cursor", null),
                list.getParameters().stream().map(Parameter::getRef).toList());
        assertEquals(
                Params.MAX_LIMIT,
                openApi.getComponents()
                        .getParameters()
                        .get("limit")
                        .getSchema()
                        .getMaximum()
                        .intValue());
        assertEquals(
                Map.of(
                        "400",
                        "#/components/responses/BadRequest",
                        "401",
                        "#/components/responses/Unauthorized",
                        "403",
                        "#/components/responses/Forbidden",
                        "414",
                        "#/components/responses/UriTooLong",
                        "431",
                        "#/components/responses/RequestHeaderFieldsTooLarge",
                        "500",
                        "#/components/responses/InternalError",
                        "503",
                        "#/components/responses/ServiceUnavailable"),
                errorRefs(list));
        assertNotNull(openApi.getComponents()
                .getResponses()
                .get("BadRequest")
                .getContent()
                .getMediaType("application/problem+json"));
    }

    @Test
    void anOperationOnOneResourceWithABodyGetsNotFoundAndBodyErrors() {
        Operation put = OASFactory.createOperation()
                .operationId("putThing")
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType().schema(ref("NewThing")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", ok("Thing"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No thing with this id")));
        OpenAPI openApi = document("/things/{id}", OASFactory.createPathItem().PUT(put));
        openApi.getComponents().addSchema("Thing", thing()).addSchema("NewThing", thing());

        new OpenApiConventions().filterOpenAPI(openApi);

        assertEquals(
                List.of("200", "400", "401", "403", "404", "408", "413", "414", "415", "431", "500", "503"),
                List.copyOf(put.getResponses().getAPIResponses().keySet()));
        APIResponse notFound = put.getResponses().getAPIResponse("404");
        assertEquals("No thing with this id", notFound.getDescription(), "a declared response keeps its description");
        assertEquals(
                "#/components/schemas/Problem",
                notFound.getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef());
        assertNull(
                openApi.getComponents().getSchemas().get("NewThing").getRequired(),
                "a request schema keeps its own idea of what is required");
        assertEquals(
                List.of("id", "name"),
                openApi.getComponents().getSchemas().get("Thing").getRequired(),
                "a schema the service sends has every property, null or not");
    }

    @Test
    void aSecuredOperationListsUnauthorizedAndForbidden() {
        Operation delete = OASFactory.createOperation()
                .operationId("deleteThing")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("204", OASFactory.createAPIResponse().description("Deleted")));
        OpenAPI openApi = document("/things/{id}", OASFactory.createPathItem().DELETE(delete));

        new OpenApiConventions().filterOpenAPI(openApi);

        assertEquals(
                List.of("204", "400", "401", "403", "404", "414", "431", "500", "503"),
                List.copyOf(delete.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void pagesAreNamedAfterTheirItems() {
        Operation list = OASFactory.createOperation()
                .operationId("listThings")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok("PageThingView")));
        OpenAPI openApi = document("/things", OASFactory.createPathItem().GET(list));
        openApi.getComponents().addSchema("PageThingView", page("Thing")).addSchema("Thing", thing());

        new OpenApiConventions().filterOpenAPI(openApi);

        assertNull(openApi.getComponents().getSchemas().get("PageThingView"));
        assertEquals(
                List.of("items", "next"),
                openApi.getComponents().getSchemas().get("ThingPage").getRequired());
        assertEquals(
                "#/components/schemas/ThingPage",
                list.getResponses()
                        .getAPIResponse("200")
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef());
    }

    private static OpenAPI document(String path, PathItem item) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem(path, item));
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static APIResponse ok(String schema) {
        return OASFactory.createAPIResponse()
                .description("OK")
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json", OASFactory.createMediaType().schema(ref(schema))));
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema thing() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema page(String item) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(ref(item)))
                .addProperty("next", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Map<String, String> errorRefs(Operation operation) {
        Map<String, String> refs = new java.util.TreeMap<>();
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                refs.put(status, response.getRef());
            }
        });
        return refs;
    }
}
