package io.claimbase.ingest;

import io.claimbase.extract.Extractor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the whole base, for administrators. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations on the whole base")
public class AdminResource {

    private final IngestService service;

    public AdminResource(IngestService service) {
        this.service = service;
    }

    @POST
    @Path("/reextraction")
    @Operation(
            operationId = "reextractOutdatedArticles",
            summary = "Re-extract every outdated article",
            description = "Re-extracts, one after the other, every article whose extractor version differs from the "
                    + "current one. Each article is replaced atomically; a second run finds nothing to do.")
    @APIResponse(
            responseCode = "200",
            description = "What was re-extracted",
            content = @Content(schema = @Schema(implementation = Reextraction.Run.class)))
    public Uni<Reextraction.Run> reextractOutdated() {
        return service.outdated()
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(service::reextract)
                .filter(r -> r != null)
                .collect()
                .asList()
                .map(done -> new Reextraction.Run(Extractor.VERSION, done));
    }
}
