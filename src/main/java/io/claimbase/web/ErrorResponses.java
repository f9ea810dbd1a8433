package io.claimbase.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation lists the error responses it can really answer (400 always; 404 with a path parameter; 401/403;
 * 408/413/415 with a request body; 414, 431, 500 and 503 always), each a reference to one {@code components.responses}
 * entry; every 4xx/5xx response, declared or added, is {@code application/problem+json} with the {@code Problem}
 * schema, except those the HTTP layer answers with no body. A write with no security of its own requires the bearer
 * token.
 */
final class ErrorResponses {

    static final String PROBLEM_MEDIA_TYPE = Problem.MEDIA_TYPE;
    static final String PROBLEM_SCHEMA = "Problem";
    static final Set<PathItem.HttpMethod> WRITE_METHODS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private ErrorResponses() {}

    static Set<StandardProblem> complete(
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
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BearerScheme.NAME)));
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

    static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** The problem+json content of an error response: what the resource declared for it, else the Problem schema. */
    static Content problemContent(Content declared) {
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

    static void describe(Components components, Collection<StandardProblem> used) {
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
}
