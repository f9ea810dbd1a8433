package io.claimbase.position;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.domain.QuestionCatalog;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Assessment questions and the authors' positions on them")
public class QuestionResource {

    private final QuestionCatalog catalog;
    private final AuthorPositionQueries queries;
    private final Cursor pages;

    public QuestionResource(QuestionCatalog catalog, AuthorPositionQueries queries, ClaimbaseConfig config) {
        this.catalog = catalog;
        this.queries = queries;
        this.pages = new Cursor(config.api().cursorSecret());
    }

    @GET
    @Operation(
            operationId = "listQuestions",
            summary = "List the assessment questions",
            description = "Every question with its ordered scale, in the order of `questions.yaml`.")
    @APIResponse(responseCode = "200", description = "All questions (one page)")
    public Page<QuestionView> list() {
        return new Page<>(catalog.questions().stream().map(QuestionView::of).toList(), null);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getQuestion",
            summary = "Get one question with its scale",
            description = "The question's text and its ordered scale of answers, from one end to the other.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No question with this slug")
    public QuestionView get(@BeanParam QuestionSlugParam question) {
        return QuestionView.of(question(question.slug()));
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
        Question question = question(slug);
        int size = page.size();
        Params.Period period = published.period();
        PositionFilter filter = new PositionFilter(
                slug,
                null,
                published.author(),
                period.after(),
                period.before(),
                label(question, label),
                confidence(minConfidence));
        return queries.page(filter, size, pages, "question-positions:" + slug, page.cursor());
    }

    private Question question(String slug) {
        return catalog.find(slug).orElseThrow(() -> ProblemException.notFound("question", slug));
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
