package io.claimbase.claim;

import io.claimbase.domain.ActorResolver;
import io.claimbase.domain.ClaimVocabulary;
import io.claimbase.extract.Certainty;
import io.claimbase.extract.ClaimKind;
import io.claimbase.web.Ids;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters every claim query takes ({@code GET /claims}, its exports, facets and timeline), as given. */
public class ClaimFilterParams {

    private static final Set<String> KINDS = names(ClaimKind.values());
    private static final Set<String> CERTAINTIES = names(Certainty.values());
    private static final Set<String> ATTRIBUTIONS = Set.of("author", "reported");

    @QueryParam("topic")
    @Parameter(
            description = "Topic id, repeatable (any of them). A parent topic matches its descendants: `energy` "
                    + "matches claims tagged `energy.gas`.",
            example = "energy")
    public List<String> topic;

    @QueryParam("event")
    @Parameter(
            description = "Event type, repeatable (any of them): deal, exercise, sanction, summit, visit, "
                    + "election, arms-sale, expulsion, conflict",
            example = "deal")
    public List<String> event;

    @QueryParam("kind")
    @Parameter(
            description =
                    "Kind of statement, repeatable (any of them): fact, assessment, prediction, " + "prescription",
            example = "assessment")
    public List<String> kind;

    @QueryParam("certainty")
    @Parameter(description = "Certainty, repeatable (any of them): asserted, hedged, negated", example = "hedged")
    public List<String> certainty;

    @QueryParam("actor")
    @Parameter(
            description = "Actor (canonical id), repeatable; by default a claim must name every one given "
                    + "(see `actorMatch`)",
            example = "russia")
    public List<String> actor;

    @QueryParam("actorMatch")
    @Parameter(
            description = "With several `actor`s: `all` (default) or `any` of them",
            example = "any",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"all", "any"}))
    public String actorMatch;

    @QueryParam("author")
    @Parameter(
            description = "Author id or slug",
            example = "pavel-k-baev",
            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
    public String author;

    @QueryParam("article")
    @Parameter(
            description = "Article id",
            example = "3",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    public String article;

    @QueryParam("attribution")
    @Parameter(
            description =
                    "`author` (the author's own claims) or `reported` (claims the author reports from a " + "source)",
            example = "author",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"author", "reported"}))
    public String attribution;

    @QueryParam("after")
    @Parameter(
            description = "Claims about time after this (exclusive): a year, `YYYY-MM` or an ISO date. Overlap "
                    + "semantics: a claim matches when the period it speaks about overlaps the open interval after the "
                    + "bound — `after=2014` matches a claim whose period ends after 2014-12-31 (so \"2013-2016\" matches, "
                    + "\"2014\" does not). Claims without a resolved period never match a time filter.",
            example = "2014",
            schema = @Schema(ref = "PartialDate"))
    public String after;

    @QueryParam("before")
    @Parameter(
            description = "Claims about time before this (exclusive): a year, `YYYY-MM` or an ISO date. Overlap "
                    + "semantics: `before=2020` matches a claim whose period starts before 2020-01-01.",
            example = "2020",
            schema = @Schema(ref = "PartialDate"))
    public String before;

    @QueryParam("publishedAfter")
    @Parameter(
            description = "Article published after (exclusive): a year, `YYYY-MM` or an ISO date",
            example = "2018",
            schema = @Schema(ref = "PartialDate"))
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(
            description = "Article published before (exclusive): a year, `YYYY-MM` or an ISO date",
            example = "2020-01-01",
            schema = @Schema(ref = "PartialDate"))
    public String publishedBefore;

    @QueryParam("q")
    @Parameter(
            description = "Full-text search in the claim text, web-search syntax: quoted phrases, `or`, `-word`",
            example = "\"power of siberia\" or pipeline",
            schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_TEXT))
    public String q;

    /** Validates and normalises the parameters; any invalid value is a 400 naming its parameter. */
    public ClaimFilter toFilter(ClaimVocabulary vocabulary, ActorResolver actors) {
        String authorValue = Params.text("author", author);
        Long authorId = Ids.parse(authorValue);
        Long articleId = article == null ? null : Ids.require("article", article);
        LocalDate afterDay = date("after", after, true);
        LocalDate beforeDay = date("before", before, false);
        Params.range("after", afterDay, "before", beforeDay);
        LocalDate publishedAfterDay = date("publishedAfter", publishedAfter, true);
        LocalDate publishedBeforeDay = date("publishedBefore", publishedBefore, false);
        Params.range("publishedAfter", publishedAfterDay, "publishedBefore", publishedBeforeDay);
        return new ClaimFilter(
                checked("topic", topic, vocabulary::knowsTopic, "is not a known topic"),
                checked("event", event, vocabulary::knowsEvent, "is not a known event type"),
                checked("kind", kind, KINDS::contains, "must be one of " + String.join(", ", KINDS)),
                checked(
                        "certainty",
                        certainty,
                        CERTAINTIES::contains,
                        "must be one of " + String.join(", ", CERTAINTIES)),
                actors(actors),
                allActors(),
                authorId,
                authorId == null ? authorValue : null,
                articleId,
                one("attribution", attribution, ATTRIBUTIONS),
                afterDay,
                beforeDay,
                publishedAfterDay,
                publishedBeforeDay,
                Params.text("q", q));
    }

    private List<String> actors(ActorResolver resolver) {
        List<String> ids = new ArrayList<>();
        for (String given : values("actor", actor)) {
            ids.add(resolver.resolve(given)
                    .orElseThrow(() -> ProblemException.badParameter("actor", "'" + given + "' is not a known actor")));
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private boolean allActors() {
        String match = one("actorMatch", actorMatch, Set.of("all", "any"));
        return match == null || match.equals("all");
    }

    private static LocalDate date(String parameter, String value, boolean after) {
        return Params.boundary(parameter, Params.text(parameter, value), after);
    }

    private static String one(String parameter, String value, Set<String> allowed) {
        String v = Params.text(parameter, value);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ProblemException.badParameter(parameter, "must be one of " + String.join(", ", sorted(allowed)));
        }
        return lower;
    }

    private static List<String> checked(String parameter, List<String> given, Predicate<String> known, String message) {
        List<String> ids = values(parameter, given);
        for (String id : ids) {
            if (!known.test(id)) {
                throw ProblemException.badParameter(parameter, "'" + id + "' " + message);
            }
        }
        return ids;
    }

    private static List<String> values(String parameter, List<String> given) {
        if (given == null) {
            return List.of();
        }
        return List.copyOf(given.stream()
                .map(v -> Params.text(parameter, v).toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
