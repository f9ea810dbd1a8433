package io.claimbase.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of the claims matching a filter, by value of each facet (what a filter sidebar shows): the most frequent
 * {@value #TOP} values per facet, most frequent first, ties by value; years in order.
 */
@Schema(name = "ClaimFacets")
public record ClaimFacets(
        @Schema(description = "Claims matching the filters", examples = "1234")
        long total,

        @Schema(description = "By topic; a parent topic counts the claims of its descendants too")
        List<Count> topics,

        List<Count> events,
        List<Count> kinds,
        List<Count> certainties,
        List<Count> actors,

        @Schema(description = "By author: value is the slug, label the name")
        List<Count> authors,

        @Schema(description = "By year of the period spoken about; a claim counts in every year it covers")
        List<YearCount> years) {

    public static final int TOP = 50;

    /** One value of a facet and how many matching claims carry it. */
    @Schema(
            name = "FacetCount",
            requiredProperties = {"value", "count"})
    public record Count(
            @Schema(examples = "energy") String value,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true)
            String label,

            @Schema(examples = "42") long count) {}

    /** How many matching claims speak about a year. */
    @Schema(name = "YearCount")
    public record YearCount(
            @Schema(examples = "2014") int year,
            @Schema(examples = "42") long count) {}
}
