package io.claimbase.security;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser request from an origin the CORS settings do not allow gets a 403 problem that says which setting to
 * change, instead of Quarkus's empty 403. It runs just before Quarkus's CORS filter and decides by the same settings
 * ({@code quarkus.http.cors.origins}: exact origins, {@code /regex/} entries or {@code *}; with none, the service's
 * own origin only); every request it lets through is handled by Quarkus's filter as before.
 */
@ApplicationScoped
public class CorsRefusal {

    static final String SETTING = "QUARKUS_HTTP_CORS_ORIGINS (quarkus.http.cors.origins)";

    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> patterns;
    private final boolean wildcard;

    public CorsRefusal(
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.patterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.wildcard = this.origins.contains("*");
    }

    /** Same order as Quarkus's CORS route and added before it, so it runs first. */
    void register(@Observes Router router) {
        if (enabled && !wildcard) {
            router.route().order(Integer.MIN_VALUE).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || allowed(origin, context.request().absoluteURI())) {
            context.next();
            return;
        }
        HttpGuard.reject(
                context,
                403,
                "Forbidden",
                "Cross-origin requests from " + shorten(origin)
                        + " are not allowed. Operators list the browser origins that may call this service, as exact "
                        + "origins (scheme, host and port: http://localhost:5173 is not http://127.0.0.1:5173), in "
                        + SETTING
                        + ".");
    }

    boolean allowed(String origin, String requestUri) {
        return origins.contains(origin)
                || CORSFilter.isOriginAllowedByRegex(patterns, origin)
                || sameOrigin(origin, requestUri);
    }

    static boolean sameOrigin(String origin, String requestUri) {
        try {
            URI a = URI.create(origin);
            URI b = URI.create(requestUri);
            return a.getScheme() != null
                    && a.getHost() != null
                    && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    private static String shorten(String origin) {
        return origin.length() > 200 ? origin.substring(0, 200) + "…" : origin;
    }
}
