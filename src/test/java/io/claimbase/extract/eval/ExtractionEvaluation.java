package io.claimbase.extract.eval;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Extraction;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.eval.GoldArticle.GoldClaim;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what the extractor finds with the gold annotations, attribute by attribute.
 *
 * <p>Claims are paired by text: equal after whitespace and typographic normalisation, or else the most similar
 * unpaired extracted sentence with a token overlap (Jaccard) of at least {@value #MIN_OVERLAP}, so that a sentence
 * split a little differently still counts. Claim detection scores the pairing itself; every other attribute is scored
 * on the paired claims only: kind, attribution and certainty as accuracy (tp = agree, fn = disagree), topics, actors
 * and figures as sets (micro-averaged), event type and resolved time as at most one value per claim.
 */
public final class ExtractionEvaluation {

    static final double MIN_OVERLAP = 0.6;
    static final java.util.Set<String> AGREEMENT = java.util.Set.of("kind", "attribution", "certainty");

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> leaks = new ArrayList<>();
    /** Paired claims whose topics or event type disagree with the gold; printed with -Deval.details=true. */
    private final List<String> tagDisagreements = new ArrayList<>();

    private final List<String> timeDisagreements = new ArrayList<>();
    /** Paired claims whose attribution type, or the source of a reported one, disagrees with the gold. */
    private final List<String> attributionDisagreements = new ArrayList<>();
    /** Paired claims whose certainty disagrees with the gold. */
    private final List<String> certaintyDisagreements = new ArrayList<>();
    /** Paired claims whose kind disagrees with the gold. */
    private final List<String> kindDisagreements = new ArrayList<>();
    /** Paired claims whose figures disagree with the gold. */
    private final List<String> figureDisagreements = new ArrayList<>();
    /** Extracted sentences paired with no gold claim, and gold claims paired with no extracted sentence. */
    private final List<String> unpaired = new ArrayList<>();

    private ExtractionEvaluation() {
        for (String attribute : List.of(
                "claims",
                "kind",
                "attribution",
                "certainty",
                "topics",
                "topics (top level)",
                "actors",
                "event",
                "time",
                "time (stated)",
                "time (inferred)",
                "figures")) {
            scores.put(attribute, new Score(attribute, 0, 0, 0));
        }
    }

    public static ExtractionEvaluation run(
            List<GoldArticle> gold, Function<io.claimbase.extract.ArticleInput, Extraction> extractor) {
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        for (GoldArticle article : gold) {
            evaluation.add(article, extractor.apply(GoldSet.input(article)));
        }
        return evaluation;
    }

    public Score score(String attribute) {
        return scores.get(attribute);
    }

    /**
     * Fails, listing every miss, when an attribute is below its floor: accuracy on the paired claims for kind,
     * attribution and certainty, F1 for the others.
     */
    public void assertFloors(Map<String, Double> floors) {
        List<String> misses = new ArrayList<>();
        floors.forEach((attribute, min) -> {
            Score score = score(attribute);
            double value = AGREEMENT.contains(attribute) ? score.accuracy() : score.f1();
            if (value < min) {
                misses.add(score + " fell below the floor " + min);
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    public List<Score> scores() {
        return List.copyOf(scores.values());
    }

    /** Extracted claims that contain boilerplate or are a sentence the annotators marked as no claim. */
    public List<String> leaks() {
        return List.copyOf(leaks);
    }

    public String report() {
        return report("the gold set");
    }

    public String report(String set) {
        return report(set, false);
    }

    /** @param sealed figures only: no sentence of the set (see {@link SealedSets}) */
    public String report(String set, boolean sealed) {
        StringBuilder out = new StringBuilder("Extraction quality on " + set + (sealed ? " (sealed)" : "") + "\n");
        scores.values().forEach(s -> out.append("  ").append(s).append('\n'));
        out.append("  boilerplate or non-claims extracted as claims: ")
                .append(leaks.size())
                .append('\n');
        if (sealed) {
            return out.toString();
        }
        leaks.forEach(l -> out.append("    - ").append(l).append('\n'));
        if (Boolean.getBoolean("eval.details")) {
            out.append("  topic or event disagreements: ")
                    .append(tagDisagreements.size())
                    .append('\n');
            tagDisagreements.forEach(d -> out.append("    - ").append(d).append('\n'));
            out.append("  time disagreements: ")
                    .append(timeDisagreements.size())
                    .append('\n');
            timeDisagreements.forEach(d -> out.append("    - ").append(d).append('\n'));
            details(out, "attribution disagreements (type or source)", attributionDisagreements);
            details(out, "certainty disagreements", certaintyDisagreements);
            details(out, "kind disagreements", kindDisagreements);
            details(out, "figure disagreements", figureDisagreements);
            details(out, "unpaired claims (extra: extracted only; missed: gold only)", unpaired);
        }
        return out.toString();
    }

    private static void details(StringBuilder out, String heading, List<String> lines) {
        out.append("  ").append(heading).append(": ").append(lines.size()).append('\n');
        lines.forEach(d -> out.append("    - ").append(d).append('\n'));
    }

    /**
     * The gold claim each extracted claim is paired with, as the evaluation pairs them (null: unpaired), in the order
     * of {@code extracted}.
     */
    public static List<GoldClaim> pairs(GoldArticle article, List<ExtractedClaim> extracted) {
        List<ExtractedClaim> left = new ArrayList<>(extracted);
        Map<ExtractedClaim, GoldClaim> paired = new java.util.IdentityHashMap<>();
        for (GoldClaim gold : article.claims()) {
            ExtractedClaim best = bestMatch(gold.text(), left);
            if (best != null) {
                left.remove(best);
                paired.put(best, gold);
            }
        }
        List<GoldClaim> out = new ArrayList<>(extracted.size());
        extracted.forEach(claim -> out.add(paired.get(claim)));
        return out;
    }

    private void add(GoldArticle article, Extraction extraction) {
        List<ExtractedClaim> extracted = new ArrayList<>(extraction.claims());
        checkLeaks(article, extracted);
        int matched = 0;
        for (GoldClaim gold : article.claims()) {
            ExtractedClaim best = bestMatch(gold.text(), extracted);
            if (best == null) {
                continue;
            }
            extracted.remove(best);
            matched++;
            compare(gold, best);
        }
        article.claims().stream()
                .filter(gold -> extraction.claims().stream()
                        .noneMatch(c -> normalise(c.text()).equals(normalise(gold.text()))))
                .filter(gold -> !pairedTexts(article, extraction).contains(gold.text()))
                .forEach(gold -> unpaired.add("missed " + article.name() + ": " + gold.text()));
        extracted.forEach(claim -> unpaired.add("extra " + article.name() + ": " + claim.text()));
        bump("claims", matched, extracted.size(), article.claims().size() - matched);
    }

    private void compare(GoldClaim gold, ExtractedClaim claim) {
        if (!Set.copyOf(list(gold.topics())).equals(Set.copyOf(claim.topics()))
                || !java.util.Objects.equals(gold.event(), claim.eventType())) {
            tagDisagreements.add("topics " + list(gold.topics()) + " got " + claim.topics() + ", event " + gold.event()
                    + " got " + claim.eventType() + ": " + claim.text());
        }
        if (!java.util.Objects.equals(goldTime(gold), extractedTime(claim.time()))) {
            timeDisagreements.add("time " + goldTime(gold)
                    + (gold.time() != null && gold.time().isInferred()
                            ? " (inferred from " + gold.time().from() + ")"
                            : "")
                    + " got " + extractedTime(claim.time()) + ": " + claim.text());
        }
        Attribution attribution = claim.attribution();
        boolean sameType = gold.attribution() != null
                && gold.attribution().equalsIgnoreCase(attribution.type().name());
        if (!sameType || !Objects.equals(gold.source(), attribution.source())) {
            attributionDisagreements.add((sameType ? "source " : "") + gold.attribution() + " (" + gold.source()
                    + ") got " + attribution.type().name().toLowerCase(Locale.ROOT) + " (" + attribution.source()
                    + "): " + claim.text());
        }
        if (gold.certainty() == null
                || !gold.certainty().equalsIgnoreCase(claim.certainty().name())) {
            certaintyDisagreements.add(gold.certainty() + " got "
                    + claim.certainty().name().toLowerCase(Locale.ROOT) + ": " + claim.text());
        }
        if (gold.kind() == null || !gold.kind().equalsIgnoreCase(claim.kind().name())) {
            kindDisagreements.add(
                    gold.kind() + " got " + claim.kind().name().toLowerCase(Locale.ROOT) + ": " + claim.text());
        }
        agree("kind", gold.kind(), claim.kind().name());
        agree("attribution", gold.attribution(), claim.attribution().type().name());
        agree("certainty", gold.certainty(), claim.certainty().name());
        sets("topics", list(gold.topics()), claim.topics());
        sets("topics (top level)", topLevel(list(gold.topics())), topLevel(claim.topics()));
        sets("actors", list(gold.actors()), claim.actors());
        single("event", gold.event(), claim.eventType());
        single("time", goldTime(gold), extractedTime(claim.time()));
        single(
                gold.time() != null && gold.time().isInferred() ? "time (inferred)" : "time (stated)",
                goldTime(gold),
                extractedTime(claim.time()));
        List<String> goldFigures = list(gold.figures()).stream()
                .map(f -> figureKey(f.kind(), f.value()))
                .toList();
        List<String> claimFigures = claim.figures().stream()
                .map(f -> figureKey(f.kind().name(), f.value()))
                .toList();
        if (!Set.copyOf(goldFigures).equals(Set.copyOf(claimFigures))) {
            figureDisagreements.add(goldFigures + " got " + claimFigures + ": " + claim.text());
        }
        sets("figures", goldFigures, claimFigures);
    }

    private static Set<String> pairedTexts(GoldArticle article, Extraction extraction) {
        Set<String> texts = new HashSet<>();
        List<GoldClaim> paired = pairs(article, extraction.claims());
        paired.forEach(g -> {
            if (g != null) {
                texts.add(g.text());
            }
        });
        return texts;
    }

    private void checkLeaks(GoldArticle article, List<ExtractedClaim> extracted) {
        Set<String> nonClaims = list(article.nonClaims()).stream()
                .map(ExtractionEvaluation::normalise)
                .collect(Collectors.toSet());
        List<String> boilerplate = list(article.boilerplate()).stream()
                .map(ExtractionEvaluation::normalise)
                .filter(b -> b.length() >= 20)
                .toList();
        for (ExtractedClaim claim : extracted) {
            String text = normalise(claim.text());
            if (nonClaims.contains(text) || boilerplate.stream().anyMatch(text::contains)) {
                leaks.add(article.name() + ": " + claim.text());
            }
        }
    }

    private static ExtractedClaim bestMatch(String goldText, List<ExtractedClaim> candidates) {
        String gold = normalise(goldText);
        Set<String> goldTokens = tokens(gold);
        ExtractedClaim best = null;
        double bestOverlap = MIN_OVERLAP;
        for (ExtractedClaim candidate : candidates) {
            String text = normalise(candidate.text());
            if (text.equals(gold)) {
                return candidate;
            }
            double overlap = jaccard(goldTokens, tokens(text));
            if (overlap >= bestOverlap) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private void agree(String attribute, String gold, String extracted) {
        boolean same = gold != null && gold.equalsIgnoreCase(extracted);
        bump(attribute, same ? 1 : 0, 0, same ? 0 : 1);
    }

    private void sets(String attribute, List<String> gold, List<String> extracted) {
        Set<String> g = new HashSet<>(gold);
        Set<String> e = new HashSet<>(extracted);
        int tp = (int) e.stream().filter(g::contains).count();
        bump(attribute, tp, e.size() - tp, g.size() - tp);
    }

    private void single(String attribute, String gold, String extracted) {
        if (gold == null && extracted == null) {
            return;
        }
        boolean same = Objects.equals(gold, extracted);
        bump(attribute, same ? 1 : 0, !same && extracted != null ? 1 : 0, !same && gold != null ? 1 : 0);
    }

    private void bump(String attribute, int tp, int fp, int fn) {
        scores.put(attribute, scores.get(attribute).plus(tp, fp, fn));
    }

    private static String goldTime(GoldClaim claim) {
        return claim.time() == null || !claim.time().isResolved()
                ? null
                : claim.time().start() + ".." + claim.time().end();
    }

    private static String extractedTime(TimePeriod time) {
        return time == null || !time.resolved() || time.start() == null ? null : time.start() + ".." + time.end();
    }

    private static String figureKey(String kind, BigDecimal value) {
        return kind.toLowerCase(Locale.ROOT) + ":"
                + (value == null ? "?" : value.stripTrailingZeros().toPlainString());
    }

    private static List<String> topLevel(List<String> topics) {
        return topics.stream()
                .map(t -> t.contains(".") ? t.substring(0, t.indexOf('.')) : t)
                .distinct()
                .toList();
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u00a0', ' ')
                .replaceAll("[‘’]", "'")
                .replaceAll("[“”]", "\"")
                .replaceAll("[–—]", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Set<String> tokens(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
