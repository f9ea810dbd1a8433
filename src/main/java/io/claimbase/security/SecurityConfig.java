package io.claimbase.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Claimbase's own security and limit settings (prefix {@code claimbase.security}; {@code CLAIMBASE_SECURITY_...}). */
@ConfigMapping(prefix = "claimbase.security")
public interface SecurityConfig {

    /**
     * Who may read: {@code permit} (anyone, the default) or {@code reader} (a bearer token with role reader, editor
     * or admin). Used by the {@code quarkus.http.auth.permission.reads} rule.
     */
    @WithDefault("permit")
    String reads();

    /** {@code Strict-Transport-Security} max-age; zero (the default) sends no HSTS header. Set it behind HTTPS only. */
    @WithDefault("0s")
    Duration hstsMaxAge();

    /** The longest request target (path and query string) accepted, in characters; longer is a 414 problem. */
    @WithDefault("8192")
    int maxUriLength();

    /**
     * The most bytes of request headers accepted (names and values); more is a 431 problem. Netty's own limit
     * ({@code quarkus.http.limits.max-header-size}) sits above it, so this one answers.
     */
    @WithDefault("20480")
    int maxHeaderBytes();

    /**
     * How long a client may take to send a request body once its headers have arrived; a body still incomplete then
     * is answered 408 and the connection is closed, so slow senders cannot hold connections for ever.
     */
    @WithDefault("30s")
    Duration bodyTimeout();
}
