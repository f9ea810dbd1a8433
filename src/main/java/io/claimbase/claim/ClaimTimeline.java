package io.claimbase.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Claims matching a filter per year of the period they speak about (a claim counts in every year its period covers;
 * claims without a resolved period are not counted), and the same per topic when {@code by=topic} was asked.
 */
@Schema(
        name = "ClaimTimeline",
        requiredProperties = {"years"})
public record ClaimTimeline(
        List<ClaimFacets.YearCount> years,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "Only with `by=topic`: one series per topic (parents include descendants), by topic id",
                nullable = true)
        List<TopicSeries> topics) {

    /** The yearly counts of one topic. */
    @Schema(name = "TopicSeries")
    public record TopicSeries(@Schema(examples = "energy") String topic, List<ClaimFacets.YearCount> years) {}
}
