package io.claimbase.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Who published and when: the {@code author}, {@code publishedAfter} and {@code publishedBefore} filters of the
 * article and question-position lists ({@code @BeanParam PublishedParams published}), documented and checked once.
 */
public class PublishedParams {

    @Parameter(
            description = "Author id or slug",
            example = "pavel-k-baev",
            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
    @QueryParam("author")
    String author;

    @Parameter(
            description = "Published after this period (exclusive): `2018` means from 2019-01-01 on",
            example = "2018",
            schema = @Schema(ref = "PartialDate"))
    @QueryParam("publishedAfter")
    String publishedAfter;

    @Parameter(
            description = "Published before this period (exclusive): `2020-01` means up to 2019-12-31",
            example = "2020-01-01",
            schema = @Schema(ref = "PartialDate"))
    @QueryParam("publishedBefore")
    String publishedBefore;

    /** The author id or slug, or null. */
    public String author() {
        return Params.text("author", author);
    }

    /** The publication period, its bounds resolved and checked against each other. */
    public Params.Period period() {
        return Params.period("publishedAfter", publishedAfter, "publishedBefore", publishedBefore);
    }
}
