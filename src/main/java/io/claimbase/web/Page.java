package io.claimbase.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list envelope of every collection: one page of items in a deterministic order, and the cursor of the next page
 * ({@code null} on the last page).
 */
public record Page<T>(
        List<T> items,

        @Schema(
                description = "Opaque cursor of the next page, `null` on the last page: pass it back as `cursor`.",
                examples = "MTI3.eyJpZCI6MTI3fQ",
                nullable = true)
        String next) {}
