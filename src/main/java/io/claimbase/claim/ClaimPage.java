package io.claimbase.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of claims: the list envelope of every collection, plus the total when {@code count=true} was asked. */
@Schema(
        name = "ClaimPage",
        requiredProperties = {"items", "next"})
public record ClaimPage(
        List<ClaimView> items,

        @Schema(
                description = "Opaque cursor for the next page; absent on the last page. Pass it back as `cursor`.",
                nullable = true)
        String next,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "All claims matching the filters (only with `count=true`)",
                nullable = true,
                examples = "1234")
        Long total) {}
