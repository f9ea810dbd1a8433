package io.claimbase;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Claimbase's own settings (prefix {@code claimbase}; environment variables {@code CLAIMBASE_...}). */
@ConfigMapping(prefix = "claimbase")
public interface ClaimbaseConfig {

    Seeds seeds();

    Api api();

    Batch batch();

    /** {@code POST /articles/batch}: how much it takes, and how many articles it reads at once. */
    interface Batch {
        /**
         * The largest batch body accepted (413 when a declared length is larger; a streamed body is cut at this size).
         * The batch is read a line at a time, so this bounds the work of one request, not memory.
         */
        @WithDefault("1G")
        MemorySize maxBodySize();

        /** The longest line (one article) accepted; a longer one fails alone, as invalid. */
        @WithDefault("1M")
        MemorySize maxLineSize();

        /** How many articles of one batch are read and stored at once (each on a worker thread for extraction). */
        @WithDefault("4")
        int parallelism();
    }

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
