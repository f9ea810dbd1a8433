package io.claimbase.position;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.PageParams;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/contrasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class ContrastResource {

    private static final Pattern TOPIC = Pattern.compile("[a-z]+(\\.[a-z]+)*");

    private final ContrastQueries queries;
    private final Cursor pages;

    public ContrastResource(ContrastQueries queries, ClaimbaseConfig config) {
        this.queries = queries;
        this.pages = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Operation(
            operationId = "listContrasts",
            summary = "Where authors disagree on a topic",
            description = "Pairs of claims by different authors, on the topic (or a narrower one), that move the "
                    + "same subject (trade, relations, investment...) of the same actors in opposite directions "
                    + "(up/down, growing/declining, deepening/stalled, strengthening/weakening), about overlapping "
                    + "periods when both claims have one. Only the authors' own claims count, not the sources they "
                    + "report. Pairs of dated claims come first.")
    @APIResponse(responseCode = "200", description = "One page of contrasting pairs")
    @APIResponse(responseCode = "400", description = "A missing or invalid topic, or an unknown parameter")
    public Uni<Page<ContrastView>> list(
            @Parameter(
                            description = "Topic id of the taxonomy (a parent topic includes its children)",
                            required = true,
                            example = "trade",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = 100,
                                            pattern = "^[a-z]+(\\.[a-z]+)*$"))
                    @QueryParam("topic")
                    String topic,
            @BeanParam PageParams page) {
        if (topic == null || topic.isBlank()) {
            throw ProblemException.badParameter("topic", "is required");
        }
        String id = Params.text("topic", topic);
        if (!TOPIC.matcher(id).matches()) {
            throw ProblemException.badParameter("topic", "must be a topic id such as trade or energy.gas");
        }
        return queries.page(id, page.size(), pages, page.cursor());
    }
}
