package io.claimbase.vocabulary;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.extract.DomainModel;
import io.claimbase.vocabulary.VocabularyViews.ActorView;
import io.claimbase.vocabulary.VocabularyViews.EventView;
import io.claimbase.vocabulary.VocabularyViews.TopicView;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vocabularies the claim filters check against ({@code topic}, {@code event}, {@code actor}), read from the domain
 * data loaded at start-up, so that a frontend builds its filter lists from the server instead of hard-coding them.
 * Each list is in id order, searchable with {@code q} and keyset-paginated like every other list.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Topics, event types and actors: the values the claim filters accept")
public class VocabularyResource {

    private static final String Q_DESCRIPTION =
            "Case-insensitive search: keeps the entries whose id, label or name (for actors, also an alias) contains "
                    + "this text";

    private final DomainModel domain;
    private final Cursor cursor;

    public VocabularyResource(DomainModel domain, ClaimbaseConfig config) {
        this.domain = domain;
        this.cursor = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Path("topics")
    @Operation(
            operationId = "listTopics",
            summary = "List the topic taxonomy",
            description = "Every topic with its label, parent and children, in id order (a parent comes before its "
                    + "children: `energy`, `energy.gas`, `energy.oil`). The ids are what `topic` filters accept; a "
                    + "filter on a topic also matches its descendants.")
    @APIResponse(responseCode = "200", description = "One page of topics")
    public Page<TopicView> topics(
            @Parameter(
                            description = Q_DESCRIPTION,
                            example = "gas",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
                    @QueryParam("q")
                    String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursorValue) {
        String query = search(q);
        return page(
                "topics",
                domain.topics().stream()
                        .filter(t -> matches(query, t.id(), t.label()))
                        .map(t -> TopicView.of(domain, t)),
                TopicView::id,
                limit,
                cursorValue);
    }

    @GET
    @Path("events")
    @Operation(
            operationId = "listEventTypes",
            summary = "List the event types",
            description = "Every event type in id order, with the topic it implies. The ids are what `event` "
                    + "filters accept.")
    @APIResponse(responseCode = "200", description = "One page of event types")
    public Page<EventView> events(
            @Parameter(
                            description = Q_DESCRIPTION,
                            example = "sale",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
                    @QueryParam("q")
                    String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursorValue) {
        String query = search(q);
        return page(
                "events",
                domain.eventTypes().stream().map(EventView::of).filter(e -> matches(query, e.id(), e.label())),
                EventView::id,
                limit,
                cursorValue);
    }

    @GET
    @Path("actors")
    @Operation(
            operationId = "listActors",
            summary = "List the actors of the gazetteer",
            description = "Countries, people, organisations, companies and groups the extractor recognises, in id "
                    + "order, with their names and aliases. The ids are what `actor` filters accept (an alias is "
                    + "accepted too and resolved to its actor).")
    @APIResponse(responseCode = "200", description = "One page of actors")
    public Page<ActorView> actors(
            @Parameter(
                            description = Q_DESCRIPTION,
                            example = "kremlin",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Only actors of this kind",
                            example = "country",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"country", "person", "organisation", "company", "group"}))
                    @QueryParam("kind")
                    String kind,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursorValue) {
        String query = search(q);
        String wantedKind = kind(kind);
        return page(
                "actors",
                domain.actors().stream()
                        .map(ActorView::of)
                        .filter(a -> wantedKind == null || a.kind().equals(wantedKind))
                        .filter(a -> matches(
                                query,
                                Stream.concat(Stream.of(a.id(), a.name()), a.aliases().stream())
                                        .toArray(String[]::new))),
                ActorView::id,
                limit,
                cursorValue);
    }

    private <T> Page<T> page(
            String scope, Stream<T> entries, Function<T, String> id, String limit, String cursorValue) {
        int size = Params.limit(limit);
        String after = cursorValue == null
                ? null
                : cursor.decode(scope, cursorValue, 1).get(0);
        List<T> rows = entries.sorted(Comparator.comparing(id))
                .filter(e -> after == null || id.apply(e).compareTo(after) > 0)
                .limit(size + 1L)
                .toList();
        return cursor.page(scope, rows, size, e -> List.of(id.apply(e)));
    }

    private static String search(String q) {
        String text = Params.text("q", q);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String query, String... values) {
        return query == null
                || Arrays.stream(values)
                        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(query));
    }

    private static String kind(String kind) {
        if (kind == null) {
            return null;
        }
        List<String> kinds = Arrays.stream(DomainModel.ActorType.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .toList();
        if (!kinds.contains(kind)) {
            throw ProblemException.badParameter("kind", "must be one of " + String.join(", ", kinds));
        }
        return kind;
    }
}
