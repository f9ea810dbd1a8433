package io.claimbase.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The one place tests get bearer tokens: signed with the test key pair in {@code src/test/resources/test-jwt}, for the
 * issuer the test profile (and {@code it/RunningJar}) configures.
 */
public final class Tokens {

    public static final String ISSUER = "https://claimbase.test";
    public static final String PUBLIC_KEY = "test-jwt/publicKey.pem";
    private static final String PRIVATE_KEY = "test-jwt/privateKey.pem";

    private static volatile PrivateKey key;

    private Tokens() {}

    /** A token for a user holding {@code roles}, valid for an hour. */
    public static String withRoles(String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("test-user")
                .upn("test-user@claimbase.test")
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    public static String editor() {
        return withRoles("editor");
    }

    public static String admin() {
        return withRoles("admin");
    }

    /** {@code Authorization} header value. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The environment that makes a packaged jar trust these tokens (for the *IT tests). */
    public static Map<String, String> verificationEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_ISSUER",
                ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("target/test-classes", PUBLIC_KEY).toAbsolutePath().toString());
    }

    /** Signs whatever claims a test wants, including wrong ones (expired, foreign issuer). */
    public static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        return claims.sign(privateKey());
    }

    private static PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey(PRIVATE_KEY);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the test signing key " + PRIVATE_KEY, e);
            }
        }
        return key;
    }
}
