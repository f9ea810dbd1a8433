package io.claimbase;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Claimbase's own settings (prefix {@code claimbase}; environment variables {@code CLAIMBASE_...}). */
@ConfigMapping(prefix = "claimbase")
public interface ClaimbaseConfig {

    Seeds seeds();

    Api api();

    interface Seeds {
        /** The folder with the seed articles, their manifest and the domain data (in {@code domain/}). */
        @WithDefault("seeds")
        Path directory();

        /** Whether the seed articles are ingested at start-up (idempotently). */
        @WithDefault("true")
        boolean loadAtStart();
    }

    interface Api {
        /** Key that signs pagination cursors; set the same value on every replica. */
        @WithDefault("claimbase-cursor-key-change-me") // refused in prod: security.CursorSecretCheck
        String cursorSecret();

        /** The longest article text accepted, in characters. */
        @WithDefault("200000")
        int maxArticleChars();
    }
}
