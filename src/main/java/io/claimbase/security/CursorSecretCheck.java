package io.claimbase.security;

import io.claimbase.ClaimbaseConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * In the prod profile (the packaged jar, the image, Kubernetes) the service refuses to start with the development
 * cursor-signing secret or one too short to sign with: anyone who knows the public default could forge pagination
 * cursors, and replicas with different secrets refuse each other's cursors. It runs before anything else at start-up
 * (the seeds, the question catalogue), so nothing is written by a service that then stops.
 */
@ApplicationScoped
public class CursorSecretCheck {

    /** The development value, {@code ClaimbaseConfig.Api#cursorSecret}'s default. */
    public static final String DEVELOPMENT_SECRET = "claimbase-cursor-key-change-me";

    /** The shortest secret accepted in production: 32 bytes, the size of the HMAC-SHA256 output. */
    public static final int MIN_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(CursorSecretCheck.class);

    private final ClaimbaseConfig config;

    public CursorSecretCheck(ClaimbaseConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) StartupEvent event) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        String problem = problem(config.api().cursorSecret());
        if (problem != null) {
            String message = "Refusing to start: " + problem + ". Set CLAIMBASE_API_CURSOR_SECRET "
                    + "(claimbase.api.cursor-secret) to a random value of at least " + MIN_BYTES + " bytes, the same "
                    + "on every replica (e.g. `openssl rand -base64 48`; on Kubernetes the Secret claimbase-api, see "
                    + "k8s/secret.template.yaml). It signs the pagination cursors: with a known value anyone can "
                    + "forge them.";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** Why a secret may not sign cursors in production, or null when it may. */
    static String problem(String secret) {
        if (DEVELOPMENT_SECRET.equals(secret)) {
            return "the cursor-signing secret is the development value, which is public";
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return "the cursor-signing secret is shorter than " + MIN_BYTES + " bytes";
        }
        return null;
    }
}
