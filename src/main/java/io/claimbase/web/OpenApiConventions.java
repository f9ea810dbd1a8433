package io.claimbase.web;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

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
 * One class per convention ({@link SharedParameters}, {@link ParameterExamples}, {@link BearerScheme},
 * {@link ErrorResponses}, {@link PartialDateSchema}, {@link PageNames}, {@link ResponseProperties},
 * {@link NullableReferences}); this filter applies them in order.
 * <p>
 * Registered by {@code mp.openapi.filter} in {@code application.properties}; it runs when the build writes the spec.
 */
public class OpenApiConventions implements OASFilter {

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
                    usedParameters.addAll(SharedParameters.replaceIn(operation));
                    usedProblems.addAll(
                            ErrorResponses.complete(path.getKey(), entry.getKey(), operation, securedByDefault));
                }
            }
        }
        BearerScheme.addTo(components);
        SharedParameters.describe(components, usedParameters);
        ParameterExamples.textExamplesAsText(openApi, components);
        ParameterExamples.arrayExamplesAsArrays(openApi);
        ErrorResponses.describe(components, usedProblems);
        PartialDateSchema.addIfUsed(openApi, components);
        PageNames.rename(openApi, components);
        ResponseProperties.requireAll(openApi, components);
        SchemaWalk.everySchema(openApi, NullableReferences::rewrite);
    }
}
