package io.claimbase.claim;

import io.claimbase.domain.ActorResolver;
import io.claimbase.domain.ClaimVocabulary;
import io.claimbase.web.Ids;
import io.claimbase.web.PageParams;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/claims")
@Tag(name = "Claims", description = "Query the claims extracted from all articles")
public class ClaimResource {

    static final String CSV = "text/csv";
    static final String CSV_UTF8 = "text/csv; charset=utf-8";
    static final String NDJSON = "application/x-ndjson";
    private static final String SORT_DESCRIPTION = "Order: `relevance` (best match first; the default with `q`), "
            + "`time` (start of the period spoken about), `published` (the article's date), `article` (reading order: "
            + "article, then position in it; the default without `q`). Ascending, or descending with a `-` prefix "
            + "(`-published`). Claims without a period or a publication date come last either way; ties are broken "
            + "by claim id, so the order is always deterministic.";

    private final ClaimService service;
    private final ClaimVocabulary vocabulary;
    private final ActorResolver actors;

    public ClaimResource(ClaimService service, ClaimVocabulary vocabulary, ActorResolver actors) {
        this.service = service;
        this.vocabulary = vocabulary;
        this.actors = actors;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listClaims",
            summary = "Find claims",
            description = "Claims matching every given filter (repeated values of one filter: any of them, except "
                    + "`actor`, see `actorMatch`), keyset-paginated with `limit` and `cursor`: a page never repeats "
                    + "or skips a claim that existed when the first page was read, even while claims are added. "
                    + "The same operation exports every match without paging as CSV (`Accept: text/csv`) or as "
                    + "newline-delimited JSON (`Accept: application/x-ndjson`).")
    @APIResponse(
            responseCode = "200",
            description = "One page of claims (JSON), or every match (CSV, NDJSON)",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = NDJSON, schema = @Schema(implementation = ClaimView.class))
            })
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter")
    public Uni<ClaimPage> list(
            @BeanParam ClaimFilterParams filters,
            @Parameter(
                            description = SORT_DESCRIPTION,
                            example = "-published",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^(relevance|-?(time|published|article))$"))
                    @QueryParam("sort")
                    String sort,
            @BeanParam PageParams page,
            @Parameter(
                            description = "`true` to add the total number of matches (`total`); costs one more query",
                            example = "true",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("count")
                    String count) {
        ClaimFilter filter = filters.toFilter(vocabulary, actors);
        return service.page(
                filter,
                ClaimSort.parse(sort, filter.q() != null),
                Params.text("cursor", page.cursor()),
                page.size(),
                flag("count", count));
    }

    // exports rank below JSON (qs) so that a client accepting anything gets the JSON page
    @GET
    @Produces(CSV + ";qs=0.5")
    @Operation(hidden = true)
    public RestMulti<String> csv(@BeanParam ClaimFilterParams filters, @QueryParam("sort") String sort) {
        Multi<String> rows = export(filters, sort).group().intoLists().of(100).map(ClaimCsv::rows);
        return RestMulti.fromMultiData(Multi.createBy()
                        .concatenating()
                        .streams(Multi.createFrom().item(ClaimCsv.header()), rows))
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                // the media type alone: without this the negotiated `text/csv;qs=0.5` is sent as it is
                .header("Content-Type", CSV_UTF8)
                .build();
    }

    @GET
    @Produces(NDJSON + ";qs=0.5")
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestMulti<ClaimView> ndjson(@BeanParam ClaimFilterParams filters, @QueryParam("sort") String sort) {
        // NDJSON is UTF-8 by definition: the media type alone, not the negotiated `;qs=0.5`
        return RestMulti.fromMultiData(export(filters, sort))
                .header("Content-Type", NDJSON)
                .build();
    }

    @GET
    @Path("/facets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "claimFacets",
            summary = "Count matching claims by facet",
            description = "For the same filters as `GET /claims`: counts by topic (parents include descendants), "
                    + "event, kind, certainty, actor, author (top " + ClaimFacets.TOP + " values each) and year.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter")
    public Uni<ClaimFacets> facets(@BeanParam ClaimFilterParams filters) {
        return service.facets(filters.toFilter(vocabulary, actors));
    }

    @GET
    @Path("/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "claimTimeline",
            summary = "Count matching claims per year",
            description = "For the same filters as `GET /claims`: how many claims speak about each year (a claim "
                    + "counts in every year its period covers), and per topic with `by=topic`.")
    @APIResponse(responseCode = "200", description = "The yearly counts")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter")
    public Uni<ClaimTimeline> timeline(
            @BeanParam ClaimFilterParams filters,
            @Parameter(
                            description = "`year` (default) or `topic`: also one series per topic",
                            example = "topic",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"year", "topic"},
                                            defaultValue = "year"))
                    @QueryParam("by")
                    String by) {
        String grouping = Params.text("by", by);
        if (grouping != null && !grouping.equals("year") && !grouping.equals("topic")) {
            throw ProblemException.badParameter("by", "must be year or topic");
        }
        return service.timeline(filters.toFilter(vocabulary, actors), "topic".equals(grouping));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getClaim",
            summary = "Get one claim with all its fields",
            description = "The claim with its article, author, sentence position, kind, certainty, attribution, "
                    + "topics, actors, events, time period and figures.")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<ClaimView> get(
            @Parameter(
                            description = "Claim id",
                            example = "1042",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id) {
        return service.get(Ids.require("id", id));
    }

    private Multi<ClaimView> export(ClaimFilterParams filters, String sort) {
        ClaimFilter filter = filters.toFilter(vocabulary, actors);
        return service.export(filter, ClaimSort.parse(sort, filter.q() != null));
    }

    /** Like {@link Params#bool}, but blank is an error and surrounding spaces are allowed. */
    private static boolean flag(String parameter, String value) {
        return Params.bool(parameter, Params.text(parameter, value));
    }
}
