package io.claimbase.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;

/** The bearer JWT security scheme of the contract. */
final class BearerScheme {

    static final String NAME = "bearerAuth";

    private BearerScheme() {}

    /** The bearer JWT scheme every write requires (role editor; DELETE and /admin need role admin). */
    static void addTo(Components components) {
        if (components.getSecuritySchemes() != null
                && components.getSecuritySchemes().containsKey(NAME)) {
            return;
        }
        components.addSecurityScheme(
                NAME,
                OASFactory.createSecurityScheme()
                        .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "A JWT from the configured issuer (`MP_JWT_VERIFY_ISSUER`), signed by its key. Role "
                                        + "`editor` may create, update and curate; `admin` may also delete and re-extract everything. "
                                        + "Reads need no token unless `CLAIMBASE_SECURITY_READS=reader`."));
    }
}
