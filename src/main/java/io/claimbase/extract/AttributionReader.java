package io.claimbase.extract;

import io.claimbase.extract.tag.EventFeatures;
import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The learned second opinion on whose voice a claim is: a sparse linear model ({@code models/attribution.tsv}) over the
 * sentence's words, what the attribution rules read in it, and its <b>context</b> — the rules' attribution of the claims
 * before and after it, whether it sits inside or opens a quotation, how its paragraph opened, where its reporting verbs
 * stand, a colon before a quotation, and the shape of an interview (a question before it, "Name:" opening it). Fused
 * with the rules ({@link #fuse}): a claim the rules give the author becomes reported only when the model is sure and a
 * source is near (the nearest reported source before it in the article, else after it in its paragraph); a reported
 * claim becomes the author's only when the model is sure. Thread-safe.
 */
public final class AttributionReader {

    /** The model's classes: the attribution types in lowercase. */
    public static final Set<String> CLASSES = Set.of("author", "reported");

    /** How many opening words the model reads by their position ({@code o:}), and where a subject's verb may stand. */
    private static final int OPENING_WORDS = 4;

    private static final int SUBJECT_VERB_WITHIN = 8;

    /** How many words from either end of a sentence a reporting verb counts as opening or closing it. */
    private static final int EDGE_WORDS = 3;

    private static final Pattern NAME_COLON = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]*\\s*){1,3}:.*", Pattern.DOTALL);
    private static final Pattern COLON_QUOTE = Pattern.compile(".*:\\s*[“\"].*", Pattern.DOTALL);

    /**
     * One claim as the reader sees it: its sentence and words, what the attribution finder read in it alone (before a
     * quotation or pronoun carried a voice over), where its paragraph starts, whether a quotation was open before it
     * and is open after it, and whether the sentence before it was a question.
     */
    record Claim(
            String sentence,
            Tokens words,
            Attribution found,
            int paragraph,
            boolean quotedBefore,
            boolean quotingAfter,
            boolean afterQuestion) {}

    /** What the reader saw of one claim (for the offline trainer): the rules' type, the features, a near source. */
    public record Evidence(Attribution.Type rule, List<String> features, boolean candidate) {}

    private final PhraseMatcher<String> speechVerbs;
    private final PhraseMatcher<String> thatVerbs;
    private final PhraseMatcher<String> introducers;
    private final LinearModel model;

    /** @param model the learned model (null: the rules' attribution is kept) */
    AttributionReader(Cues.AttributionCues cues, LinearModel model) {
        this.speechVerbs = PhraseMatcher.of(cues.speechVerbs());
        this.thatVerbs = PhraseMatcher.of(cues.thatVerbs());
        this.introducers = PhraseMatcher.of(cues.sourceIntroducers());
        this.model = model;
    }

    boolean hasModel() {
        return model != null;
    }

    /** What the reader sees of every claim, given the rules' attribution of each ({@code rule}, same order). */
    List<Evidence> evidence(List<Claim> claims, List<Attribution> rule) {
        List<Evidence> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            boolean near = nearSource(claims, rule, i) != null || subject(claims.get(i)) != null;
            out.add(new Evidence(rule.get(i).type(), features(claims, rule, i), near));
        }
        return out;
    }

    /** The rules' attributions fused with the model's (the rules' when there is no model). */
    List<Attribution> read(List<Claim> claims, List<Attribution> rule) {
        if (model == null) {
            return rule;
        }
        double toReported = model.threshold("to-reported", 1);
        double toAuthor = model.threshold("to-author", 1);
        List<Attribution> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Attribution a = rule.get(i);
            Map<String, Double> p = model.probabilities(features(claims, rule, i));
            // the source is looked for (a scan of the claims before) only where the model would make the claim reported
            String near = a.type() == Attribution.Type.AUTHOR && p.getOrDefault("reported", 0.0) > toReported
                    ? source(claims, rule, i)
                    : null;
            Attribution.Type type = fuse(a.type(), p, near != null, toReported, toAuthor);
            if (type == a.type()) {
                out.add(a);
            } else {
                out.add(type == Attribution.Type.AUTHOR ? Attribution.AUTHOR : Attribution.reported(near));
            }
        }
        return out;
    }

    /**
     * The fused type: the model's when it is sure (its probability above {@code toReported} to turn the author's
     * claim into a reported one, which needs a {@code candidate} source; above {@code toAuthor} the other way), else
     * the rules'.
     */
    public static Attribution.Type fuse(
            Attribution.Type rule, Map<String, Double> p, boolean candidate, double toReported, double toAuthor) {
        if (rule == Attribution.Type.AUTHOR) {
            return candidate && p.getOrDefault("reported", 0.0) > toReported ? Attribution.Type.REPORTED : rule;
        }
        return p.getOrDefault("author", 0.0) > toAuthor ? Attribution.Type.AUTHOR : rule;
    }

    /**
     * The source of a claim the model makes reported: its own opening subject of a reporting verb when that names
     * someone ("Local fishermen describe …"), else the nearest reported source ("They describe …" after "The harbour master said …"),
     * else the subject whatever it is; null when there is none.
     */
    private String source(List<Claim> claims, List<Attribution> rule, int i) {
        Subject subject = subject(claims.get(i));
        if (subject != null && subject.reporting() && !REFERRING.contains(subject.head())) {
            return subject.phrase();
        }
        String near = nearSource(claims, rule, i);
        return near != null ? near : subject == null ? null : subject.phrase();
    }

    /** Subject heads that name no one by themselves but refer to someone named before. */
    private static final Set<String> REFERRING =
            Set.of("he", "she", "they", "it", "we", "i", "this", "that", "these", "those", "some", "others", "many");

    /** The nearest reported source before claim {@code i} in the article, else after it in its paragraph, or null. */
    private static String nearSource(List<Claim> claims, List<Attribution> rule, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (rule.get(k).type() == Attribution.Type.REPORTED && rule.get(k).source() != null) {
                return rule.get(k).source();
            }
        }
        for (int k = i + 1;
                k < claims.size() && claims.get(k).paragraph() == claims.get(i).paragraph();
                k++) {
            if (rule.get(k).type() == Attribution.Type.REPORTED && rule.get(k).source() != null) {
                return rule.get(k).source();
            }
        }
        return null;
    }

    /** The subject noun phrase that opens a sentence and the verb after it: "Russian engineers | complain …". */
    private record Subject(String phrase, String head, String verb, boolean reporting) {}

    /**
     * The subject phrase before the first lowercase verb-like word (a reporting verb, or a word ending in -s or -ed)
     * among the first words, as {@link SourcePhrase#before} reads it; null when there is none.
     */
    private Subject subject(Claim claim) {
        Subject reporting = subject(claim, true);
        return reporting != null ? reporting : subject(claim, false);
    }

    /** As {@link #subject(Claim)}, before a reporting verb only ({@code reporting}) or before any verb-like word. */
    private Subject subject(Claim claim, boolean reporting) {
        Tokens words = claim.words();
        for (int k = 1; k < words.size() && k <= SUBJECT_VERB_WITHIN; k++) {
            String w = words.word(k).toLowerCase(Locale.ROOT);
            boolean verbLike = reporting
                    ? speechVerbs.at(words, k) != null || thatVerbs.at(words, k) != null
                    : w.endsWith("s") || w.endsWith("ed");
            if (words.startsUppercase(k) || !verbLike) {
                continue;
            }
            String phrase = SourcePhrase.before(claim.sentence().substring(0, words.start(k)), false);
            if (phrase == null || !AttributionFinder.plausible(phrase)) {
                return null;
            }
            Tokens p = Tokens.of(phrase).words();
            String head = p.size() == 0 ? "" : p.word(p.size() - 1).toLowerCase(Locale.ROOT);
            return new Subject(phrase, head, w, reporting);
        }
        return null;
    }

    /** The model's features of claim {@code i}: its own words and readings, and its context. */
    List<String> features(List<Claim> claims, List<Attribution> rule, int i) {
        Claim claim = claims.get(i);
        Set<String> f = new LinkedHashSet<>();
        EventFeatures.addWords(claim.words(), f);
        Tokens words = claim.words();
        for (int k = 0; k < words.size() && k < OPENING_WORDS; k++) {
            f.add("o:" + words.word(k).toLowerCase(Locale.ROOT));
        }
        Subject subject = subject(claim);
        if (subject != null) {
            f.add("subj:" + subject.head());
            f.add("subj-verb:" + subject.verb());
            f.add(subject.reporting() ? "subj:reporting" : "subj:other");
        }
        f.add("rule:" + name(rule.get(i)));
        f.add("found:" + name(claim.found()));
        if (claim.found().type() != rule.get(i).type()) {
            f.add("carried");
        }
        boolean paragraphStart = i == 0 || claims.get(i - 1).paragraph() != claim.paragraph();
        f.add("prev:" + (i == 0 ? "none" : name(rule.get(i - 1))));
        f.add("prev-para:" + (paragraphStart ? "none" : name(rule.get(i - 1))));
        boolean paragraphEnd = i + 1 == claims.size() || claims.get(i + 1).paragraph() != claim.paragraph();
        f.add("next-para:" + (paragraphEnd ? "none" : name(rule.get(i + 1))));
        if (paragraphStart) {
            f.add("para-opens");
        } else {
            int first = i;
            while (first > 0 && claims.get(first - 1).paragraph() == claim.paragraph()) {
                first--;
            }
            f.add("para-opened:" + name(rule.get(first)));
        }
        quotation(claim, f);
        verbs(claim.words(), f);
        if (claim.afterQuestion()) {
            f.add("after-question");
        }
        if (NAME_COLON.matcher(claim.sentence()).matches()) {
            f.add("name-colon");
        }
        return new ArrayList<>(f);
    }

    private static void quotation(Claim claim, Set<String> f) {
        String s = claim.sentence().strip();
        if (claim.quotedBefore()) {
            f.add("quote:inside");
        }
        if (claim.quotingAfter()) {
            f.add("quote:open-after");
        }
        boolean has = s.indexOf('“') >= 0 || s.indexOf('"') >= 0 || s.indexOf('”') >= 0;
        if (has) {
            f.add("quote:has");
        }
        if (!s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '"')) {
            f.add("quote:starts");
        }
        if (s.endsWith("”") || s.endsWith("\"") || s.endsWith(".”") || s.endsWith(".\"")) {
            f.add("quote:ends");
        }
        if (COLON_QUOTE.matcher(s).matches()) {
            f.add("colon-quote");
        } else if (s.indexOf(':') >= 0) {
            f.add("colon");
        }
    }

    /** Where the reporting verbs and source introducers stand: opening, middle or closing the sentence. */
    private void verbs(Tokens words, Set<String> f) {
        int n = words.size();
        for (int k = 0; k < n; k++) {
            String kind = speechVerbs.at(words, k) != null
                    ? "speech"
                    : thatVerbs.at(words, k) != null ? "that" : introducers.at(words, k) != null ? "intro" : null;
            if (kind != null) {
                String where = k < EDGE_WORDS ? "open" : k >= n - EDGE_WORDS - 1 ? "close" : "mid";
                f.add(kind + "@" + where);
                f.add(kind);
            }
        }
    }

    private static String name(Attribution a) {
        return a.type().name().toLowerCase(Locale.ROOT);
    }
}
