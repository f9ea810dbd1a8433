package io.claimbase.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters that the matched operation does not declare, and bounds how often one may repeat: a
 * misspelt filter ({@code ?autor=...}) is a 400 problem naming it, never silently ignored.
 */
public class KnownParametersFilter {

    /** The most values one repeatable parameter may carry. */
    public static final int MAX_REPEATS = 20;

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknownParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownParametersFilter::queryParameters);
        for (Map.Entry<String, List<String>> entry : given.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw ProblemException.badParameter(
                        entry.getKey(),
                        known.isEmpty()
                                ? "is not a parameter of this operation, which takes none"
                                : "is not a parameter of this operation; known: "
                                        + String.join(", ", new TreeSet<>(known)));
            }
            if (entry.getValue().size() > MAX_REPEATS) {
                throw ProblemException.badParameter(entry.getKey(), "may be given at most " + MAX_REPEATS + " times");
            }
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new LinkedHashSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof RestQuery rest) {
                    names.add(rest.value().isEmpty() ? parameters[i].getName() : rest.value());
                } else if (annotation instanceof BeanParam) {
                    names.addAll(beanQueryParameters(parameters[i].getType()));
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The query parameters a {@code @BeanParam} class declares on its fields (and its superclasses' fields). */
    private static Set<String> beanQueryParameters(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                RestQuery rest = field.getAnnotation(RestQuery.class);
                if (query != null) {
                    names.add(query.value());
                } else if (rest != null) {
                    names.add(rest.value().isEmpty() ? field.getName() : rest.value());
                }
            }
        }
        return names;
    }
}
