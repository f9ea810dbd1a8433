package io.claimbase.extract.position;

import io.claimbase.extract.InvalidField;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An assessment question, as data: which actors it is about, its ordered scale with cue phrases, and the rules for
 * negation, trend and reported views. See {@code seeds/domain/questions.yaml} for what each field means.
 */
public record Question(
        String slug,
        String text,
        String topic,
        List<QuestionActor> actors,
        List<String> references,
        List<ScaleLevel> scale,
        NegationRules negation,
        TrendCues trend,
        List<String> framing,
        List<String> hypothetical,
        List<String> thirdParty,
        List<String> approach,
        List<String> become) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Question {
        slug = Checks.text(slug, "slug", "question slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidField("slug", "question slug '" + slug + "' must be lowercase words joined by '-'");
        }
        text = Checks.text(text, "text", "question '" + slug + "' text");
        actors = Checks.nonEmpty(actors, "actors", "question '" + slug + "' actors");
        references = Checks.list(references, "references", "question '" + slug + "' references");
        scale = Checks.nonEmpty(scale, "scale", "question '" + slug + "' scale");
        if (negation == null) {
            throw new InvalidField("negation", "question '" + slug + "' negation is missing");
        }
        trend = trend == null ? new TrendCues(null, null, null, null, null) : trend;
        framing = Checks.list(framing, "framing", "question '" + slug + "' framing");
        hypothetical = Checks.list(hypothetical, "hypothetical", "question '" + slug + "' hypothetical");
        thirdParty = Checks.list(thirdParty, "thirdParty", "question '" + slug + "' thirdParty");
        approach = Checks.list(approach, "approach", "question '" + slug + "' approach");
        become = Checks.list(become, "become", "question '" + slug + "' become");
        checkScale(slug, scale);
    }

    private static void checkScale(String slug, List<ScaleLevel> scale) {
        if (scale.size() < 2) {
            throw new InvalidField("scale", "question '" + slug + "' scale needs at least two labels");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < scale.size(); i++) {
            ScaleLevel level = scale.get(i);
            if (!labels.add(level.label())) {
                throw new InvalidField(
                        "scale/" + i + "/label", "question '" + slug + "' repeats scale label '" + level.label() + "'");
            }
            if (i > 0 && level.score() <= scale.get(i - 1).score()) {
                throw new InvalidField(
                        "scale/" + i + "/score",
                        "question '" + slug + "' scale scores must increase, '" + level.label() + "' does not");
            }
        }
        for (int i = 0; i < scale.size(); i++) {
            ScaleLevel level = scale.get(i);
            checkLabel(slug, "scale/" + i + "/ifNegated", level.label() + "' ifNegated", level.ifNegated(), labels);
            for (int c = 0; c < level.cues().size(); c++) {
                Cue cue = level.cues().get(c);
                if (!Cue.NOWHERE.equals(cue.ifNegated())) {
                    checkLabel(
                            slug,
                            "scale/" + i + "/cues/" + c + "/ifNegated",
                            level.label() + "' cue '" + cue.phrase() + "' ifNegated",
                            cue.ifNegated(),
                            labels);
                }
            }
        }
    }

    private static void checkLabel(String slug, String field, String where, String label, Set<String> labels) {
        if (label != null && !labels.contains(label)) {
            throw new InvalidField(
                    field, "question '" + slug + "' label '" + where + " names unknown label '" + label + "'");
        }
    }

    public Optional<ScaleLevel> level(String label) {
        return scale.stream().filter(l -> l.label().equals(label)).findFirst();
    }
}
