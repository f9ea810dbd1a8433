package io.claimbase.position;

import io.claimbase.domain.QuestionCatalog.Entry;
import io.claimbase.extract.position.Question;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment question with its ordered scale. */
@Schema(name = "Question")
public record QuestionView(
        @Schema(examples = "china-russia-alignment") String slug,

        @Schema(examples = "Is the China–Russia relationship an alliance or a partnership?")
        String text,

        @Schema(
                description = "The actors a claim must name to bear on the question",
                examples = "[\"china\", \"russia\"]")
        List<String> actors,

        @Schema(description = "Labels in scale order; a position may also be `undetermined` (score null)")
        List<ScaleEntry> scale,

        @Schema(
                description = "Values of a position's trend",
                examples = "[\"strengthening\", \"stable\", \"weakening\"]")
        List<String> trends,

        @Schema(
                description = "Incremented on every change; every position records the version it was read with",
                examples = "1")
        int version,

        @Schema(
                description = "`file` (shipped in questions.yaml) or `api` (created or replaced through PUT; the file "
                        + "no longer overwrites it)",
                enumeration = {"file", "api"},
                examples = "file")
        String origin) {

    static final List<String> TRENDS = List.of("strengthening", "stable", "weakening");

    @Schema(name = "ScaleEntry")
    public record ScaleEntry(
            @Schema(examples = "quasi-alliance") String label,
            @Schema(examples = "3") double score,

            @Schema(examples = "Alignment short of alliance: a de facto alliance or entente without a treaty.")
            String description) {}

    static QuestionView of(Entry e) {
        Question q = e.question();
        return new QuestionView(
                q.slug(),
                q.text(),
                q.actors().stream().map(a -> a.id()).toList(),
                q.scale().stream()
                        .map(l -> new ScaleEntry(l.label(), l.score(), l.description()))
                        .toList(),
                TRENDS,
                e.version(),
                e.origin());
    }
}
