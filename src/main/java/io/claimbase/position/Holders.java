package io.claimbase.position;

import io.claimbase.extract.DomainModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds a reported view, normalised: a source the gazetteer knows becomes its actor ("Russian President Vladimir
 * Putin", "Putin" → Vladimir Putin, {@code vladimir-putin}); a vague one becomes its group ("many Western experts" →
 * Western experts, "a senior official" → officials); anything else stays as written (without a leading article).
 */
@ApplicationScoped
public class Holders {

    /** What a holder is: an actor of the gazetteer (its type), a {@code vague} group, or another {@code source}. */
    public record Holder(String name, String actor, String kind) {}

    private static final String QUALIFIERS = "western|russian|chinese|european|american|u\\.?s\\.?|eu|foreign|"
            + "indian|japanese|german|french|british|nato";
    private static final String GROUPS = "experts?|analysts?|officials?|observers?|commentators?|scholars?|critics?"
            + "|sceptics?|skeptics?|diplomats?|sources?|pundits?|academics?|insiders?|economists?|policymakers?"
            + "|strategists?|hawks?|researchers?";
    /** A vague group, with an optional qualifier right before the noun ("some Western analysts"). */
    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\b(?:(" + QUALIFIERS + ")\\s+)?(?:(?:senior|many|some|most|several|other|leading|independent|"
                    + "government|military|defence|defense)\\s+)*(" + GROUPS + ")\\b");

    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");

    private final DomainModel domain;

    public Holders(DomainModel domain) {
        this.domain = domain;
    }

    /** The holder of a statement reported from {@code source} (an attribution as the extractor wrote it). */
    public Holder ofSource(String source) {
        String written = ARTICLE.matcher(source.strip()).replaceFirst("");
        Optional<Holder> group = group(written);
        if (group.isPresent()) {
            return group.get();
        }
        return actor(written).orElse(new Holder(written, null, "source"));
    }

    /**
     * The group an author attributes a view to in the sentence itself ("Many Western experts ... dismiss it"), or
     * empty when the sentence names none.
     */
    public Optional<Holder> framedBy(String sentence) {
        return group(sentence);
    }

    /**
     * The longest run of the source's words that the gazetteer knows, the first of equal length ("Russian President
     * Vladimir Putin" → Vladimir Putin, not Russia).
     */
    private Optional<Holder> actor(String source) {
        List<String> words = List.of(source.split("\\s+"));
        for (int length = Math.min(words.size(), 6); length > 0; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                String run = String.join(" ", words.subList(from, from + length));
                Optional<DomainModel.Actor> found = domain.resolveActor(run).flatMap(domain::actor);
                if (found.isPresent()) {
                    DomainModel.Actor a = found.get();
                    return Optional.of(
                            new Holder(a.name(), a.id(), a.type().name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Holder> group(String text) {
        Matcher m = GROUP.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        String plural = noun.endsWith("s") ? noun : noun + "s";
        List<String> parts = new ArrayList<>();
        if (m.group(1) != null) {
            parts.add(qualifier(m.group(1)));
        }
        parts.add(plural);
        return Optional.of(new Holder(String.join(" ", parts), null, "vague"));
    }

    private static String qualifier(String q) {
        String lower = q.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (lower) {
            case "us", "eu", "nato" -> lower.toUpperCase(Locale.ROOT);
            default -> Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        };
    }
}
