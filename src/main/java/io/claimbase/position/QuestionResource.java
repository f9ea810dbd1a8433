package io.claimbase.position;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimbase.ClaimbaseConfig;
import io.claimbase.domain.QuestionCatalog.Entry;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.ScaleLevel;
import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import io.claimbase.web.PageParams;
import io.claimbase.web.Params;
import io.claimbase.web.ProblemException;
import io.claimbase.web.PublishedParams;
import io.claimbase.web.QuestionSlugParam;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Assessment questions and the authors' positions on them")
public class QuestionResource {

    private final QuestionService questions;
    private final AuthorPositionQueries queries;
    private final Cursor pages;

    public QuestionResource(QuestionService questions, AuthorPositionQueries queries, ClaimbaseConfig config) {
        this.questions = questions;
        this.queries = queries;
        this.pages = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Operation(
            operationId = "listQuestions",
            summary = "List the assessment questions",
            description = "Every current question with its ordered scale, version and origin: those of "
                    + "`questions.yaml` first, then those created through the API, in the order they were stored.")
    @APIResponse(responseCode = "200", description = "All questions (one page)")
    public Uni<Page<QuestionView>> list() {
        return questions
                .current()
                .map(c -> new Page<>(c.entries().stream().map(QuestionView::of).toList(), null));
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getQuestion",
            summary = "Get one question with its scale",
            description = "The question's text, its ordered scale of answers from one end to the other, its version "
                    + "and where it came from.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No question with this slug")
    public Uni<QuestionView> get(@BeanParam QuestionSlugParam question) {
        return entry(question.slug()).map(QuestionView::of);
    }

    @GET
    @Path("/{slug}/positions")
    @Operation(
            operationId = "listQuestionPositions",
            summary = "Each author's position on a question",
            description = "One row per author (an article without a known author is a row of its own), ordered by "
                    + "overall score from the low end of the scale, undetermined last. The filters select the "
                    + "articles' positions before they are aggregated; each row has the overall and the latest "
                    + "stance, the latest articles' stances (at most 50) and the strongest evidence (at most 10).")
    @APIResponse(responseCode = "200", description = "One page of author rows")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter")
    @APIResponse(responseCode = "404", description = "No question with this slug")
    public Uni<Page<AuthorPosition>> positions(
            @BeanParam QuestionSlugParam questionSlug,
            @BeanParam PublishedParams published,
            @Parameter(
                            description =
                                    "Only articles whose position has this label (a scale label or `undetermined`)",
                            example = "quasi-alliance",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[a-z0-9-]+$"))
                    @QueryParam("label")
                    String label,
            @Parameter(
                            description = "Only articles whose position has at least this confidence",
                            example = "0.5",
                            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
                    @QueryParam("minConfidence")
                    String minConfidence,
            @BeanParam PageParams page) {
        String slug = questionSlug.slug();
        int size = page.size();
        Params.Period period = published.period();
        Double confidence = confidence(minConfidence);
        String author = published.author();
        return entry(slug).chain(entry -> {
            PositionFilter filter = new PositionFilter(
                    slug, null, author, period.after(), period.before(), label(entry.question(), label), confidence);
            return queries.page(filter, size, pages, "question-positions:" + slug, page.cursor());
        });
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(
            operationId = "putQuestion",
            summary = "Create or replace a question, and assess the stored articles with it",
            description = "The body is the model of an entry of `questions.yaml` (text, topic, actors with ids and "
                    + "aliases, references, scale with labels, scores, descriptions and cues, negation, trend, "
                    + "hypothetical, framing, thirdParty, approach and become phrases), checked by the same validator "
                    + "as the file at start-up; `slug` may be left out (the path gives it). An invalid question "
                    + "changes nothing: the 400 problem names the JSON pointer of the field at fault in "
                    + "`errors[].field`. A valid one is stored with its version incremented (origin `api`: the file "
                    + "no longer overwrites it), and an assessment job starts over every stored article in the "
                    + "background; curated positions keep their label. Role `admin`.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "QuestionDefinition"),
                            examples = @ExampleObject(name = "eu-china-triad", value = Examples.EU_CHINA_QUESTION)))
    @APIResponse(
            responseCode = "202",
            description = "Stored; the assessment job runs, `Location` names it",
            headers =
                    @Header(
                            name = "Location",
                            description = "The URL of the question's assessment job",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or an invalid question; `errors[].field` is the JSON pointer of the field")
    public Uni<RestResponse<AssessmentView>> put(@BeanParam QuestionSlugParam question, JsonNode body, UriInfo uri) {
        String slug = question.slug();
        return questions
                .put(slug, body)
                .map(job -> RestResponse.ResponseBuilder.<AssessmentView>create(RestResponse.Status.ACCEPTED)
                        .location(uri.getBaseUriBuilder()
                                .path("questions")
                                .path(slug)
                                .path("assessment")
                                .build())
                        .entity(job)
                        .build());
    }

    @DELETE
    @Path("/{slug}")
    @Operation(
            operationId = "deleteQuestion",
            summary = "Delete a question and its positions",
            description = "Removes the question with its extracted positions and its job. While editors' curated "
                    + "positions on it exist the answer is 409 and nothing changes, unless `force=true`, which "
                    + "removes them too. Role `admin`. A question still in `questions.yaml` comes back at the next "
                    + "start.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No question with this slug")
    @APIResponse(responseCode = "409", description = "Curated positions exist and `force` is not `true`")
    public Uni<RestResponse<Void>> delete(
            @BeanParam QuestionSlugParam question,
            @Parameter(
                            description = "Also delete the curated positions",
                            example = "true",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("force")
                    String force) {
        String slug = question.slug();
        return questions.delete(slug, Params.bool("force", force)).replaceWith(RestResponse.noContent());
    }

    @GET
    @Path("/{slug}/assessment")
    @Operation(
            operationId = "getQuestionAssessment",
            summary = "Where the question's assessment job stands",
            description = "The job that assesses every stored article with the question's current version: its "
                    + "state, articles done of the total, when it started and finished, and the articles it could not "
                    + "assess. A job interrupted by a restart or a crash resumes at the next start.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No question with this slug, or it has no job")
    public Uni<AssessmentView> assessment(@BeanParam QuestionSlugParam question) {
        String slug = question.slug();
        return questions.job(slug);
    }

    @GET
    @Path("/{slug}/holders")
    @Operation(
            operationId = "listQuestionHolders",
            summary = "Who holds which view, as the articles report it",
            description = "The views the articles report on the question — reported speech (\"Putin said...\") and "
                    + "views an author attributes to a group (\"Many Western experts...\") — aggregated by holder: "
                    + "a source the actor gazetteer knows is its actor (\"Russian President Vladimir Putin\" and "
                    + "\"Putin\" are one holder), vague sources are grouped (`Western experts`, `officials`, "
                    + "`analysts`), others stay as written. Each holder has the label most of their statements "
                    + "point to and the statements with their articles and dates, most statements first. The "
                    + "authors' own positions are in `/questions/{slug}/positions`, never mixed in here.")
    @APIResponse(responseCode = "200", description = "The holders (one page)")
    @APIResponse(responseCode = "404", description = "No question with this slug")
    public Uni<Page<HolderView>> holders(@BeanParam QuestionSlugParam question) {
        String slug = question.slug();
        return entry(slug).chain(entry -> questions.holders(slug)).map(items -> new Page<>(items, null));
    }

    private Uni<Entry> entry(String slug) {
        return questions
                .current()
                .map(c -> c.entry(slug).orElseThrow(() -> ProblemException.notFound("question", slug)));
    }

    private static String label(Question question, String label) {
        if (label == null) {
            return null;
        }
        if (!label.equals(PositionAssessor.UNDETERMINED)
                && question.level(label).isEmpty()) {
            throw ProblemException.badParameter(
                    "label",
                    "is not on the scale; known: "
                            + String.join(
                                    ", ",
                                    question.scale().stream()
                                            .map(ScaleLevel::label)
                                            .toList()) + ", " + PositionAssessor.UNDETERMINED);
        }
        return label;
    }

    private static Double confidence(String given) {
        Double value = Params.decimal("minConfidence", given);
        if (value != null && !(value >= 0 && value <= 1)) {
            throw ProblemException.badParameter("minConfidence", "must be between 0 and 1");
        }
        return value;
    }
}
