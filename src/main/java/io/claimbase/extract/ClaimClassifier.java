package io.claimbase.extract;

import io.claimbase.extract.tag.EventFeatures;
import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Kind and certainty of a claim from the cue words of {@link Cues}.
 * <ul>
 * <li>Kind: prescription, then prediction cues; then a fact cue (an event verb), a number, a month or weekday name
 * make a fact; otherwise the claim is an assessment (the author's reading rather than a checkable event). The
 * assessment cues document evaluative language; with this order they are the default's reasons.</li>
 * <li>Certainty: a hedge wins over a negation; otherwise asserted. Cues in a leading concessive clause ("While …,")
 * or before ", but" do not count, and a contrastive ", not X" does not negate.</li>
 * </ul>
 * With a learned claim-kind model ({@code models/claim-kind.tsv}) the cues' kind is a feature of the model, and the
 * model's kind replaces it when the model gives its own kind a probability above the threshold {@code switch} (see
 * {@link #fuse}). Thread-safe.
 */
public final class ClaimClassifier {

    private static final Set<String> CALENDAR = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday");

    /** Openers of a relative or adverbial clause; "that" is left out, as it mostly opens reported content. */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of(
            "which",
            "who",
            "whom",
            "whose",
            "where",
            "if",
            "unless",
            "when",
            "because",
            "although",
            "though",
            "whereas");

    /** Words that open a noun phrase: a "that" after one of them and a noun starts a relative clause. */
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "any", "every", "each", "this", "these", "those", "its", "their", "his", "her", "our",
            "some", "another");

    /**
     * Words after which "that" opens the content of what is said, thought or judged, not a relative clause; with the
     * speech verbs of the attribution cues.
     */
    private static final Set<String> CONTENT_CLAUSE_HEADS = Set.of(
            "replied",
            "stress",
            "repeat",
            "repeated",
            "deny",
            "denied",
            "know",
            "knew",
            "hope",
            "hoped",
            "fear",
            "feared",
            "expect",
            "expected",
            "show",
            "shows",
            "showed",
            "clear",
            "sure",
            "certain",
            "true",
            "so",
            "such",
            "fact",
            "view",
            "idea",
            "claim",
            "argument");

    private static final int MAX_QUOTED_TERM_WORDS = 6;

    /** Words after which a quotation is a term (a name, a label), not the predicate of the sentence. */
    private static final Set<String> TERM_OPENERS = Set.of(
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "of", "with", "for", "about", "on", "from",
            "as", "called", "dubbed", "having");

    private final Set<String> contentClauseHeads;
    private final PhraseMatcher<String> prescription;
    private final PhraseMatcher<String> prediction;
    private final PhraseMatcher<String> assessment;
    private final PhraseMatcher<String> fact;
    private final PhraseMatcher<String> negated;
    private final PhraseMatcher<String> negationExceptions;
    private final PhraseMatcher<String> hedged;
    private final PhraseMatcher<String> hedgeExceptions;
    private final PhraseMatcher<String> concessiveOpeners;
    private final LinearModel kindModel;

    ClaimClassifier(Cues cues) {
        this(cues, null);
    }

    /** @param kindModel the learned claim-kind model, or null: the cues alone */
    public ClaimClassifier(Cues cues, LinearModel kindModel) {
        this.kindModel = kindModel;
        this.prescription = PhraseMatcher.of(cues.kind().prescription());
        this.prediction = PhraseMatcher.of(cues.kind().prediction());
        this.assessment = PhraseMatcher.of(cues.kind().assessment());
        this.fact = PhraseMatcher.of(cues.kind().fact());
        this.negated = PhraseMatcher.of(cues.certainty().negated());
        this.negationExceptions = PhraseMatcher.of(cues.certainty().negationExceptions());
        this.hedged = PhraseMatcher.of(cues.certainty().hedged());
        this.hedgeExceptions = PhraseMatcher.of(cues.certainty().hedgeExceptions());
        this.concessiveOpeners = PhraseMatcher.of(cues.sentences().concessiveOpeners());
        Set<String> heads = new HashSet<>(CONTENT_CLAUSE_HEADS);
        heads.addAll(cues.attribution().speechVerbs());
        heads.addAll(cues.attribution().thatVerbs());
        this.contentClauseHeads = Set.copyOf(heads);
    }

    /** The kind of claim a sentence makes, read on its {@link Tokens#words() words}. */
    ClaimKind kind(Tokens sentence) {
        return kinds(sentence).learned();
    }

    /**
     * The kind the cues alone read in a sentence, and the kind it gets: the learned model's where it is sure ({@link
     * #fuse}), else the same. The cue groups are scanned once for both.
     */
    Kinds kinds(Tokens sentence) {
        if (kindModel == null) {
            ClaimKind cue = cueReading(sentence.words()).kind();
            return new Kinds(cue, cue);
        }
        KindEvidence evidence = kindEvidence(sentence);
        return new Kinds(
                evidence.rule(),
                fuse(evidence.rule(), kindModel.probabilities(evidence.features()), kindModel.threshold("switch", 1)));
    }

    /** A sentence's kind by the cues alone and after the learned model (the same when there is none). */
    record Kinds(ClaimKind cue, ClaimKind learned) {}

    /** Whether a learned claim-kind model is fused with the cues. */
    boolean hasModel() {
        return kindModel != null;
    }

    /** The cues' kind of a sentence and the features the learned model reads from it (for the offline trainer). */
    public KindEvidence kindEvidence(Tokens sentence) {
        Tokens tokens = sentence.words();
        CueReading cues = cueReading(tokens);
        ClaimKind rule = cues.kind();
        Set<String> features = new LinkedHashSet<>();
        EventFeatures.addWords(tokens, features);
        features.add("rule:" + name(rule));
        if (cues.prescription()) {
            features.add("cue:prescription");
        }
        if (cues.prediction()) {
            features.add("cue:prediction");
        }
        if (cues.fact()) {
            features.add("cue:fact");
        }
        if (cues.assessment()) {
            features.add("cue:assessment");
        }
        if (cues.numberOrDate()) {
            features.add("number-or-date");
        }
        if (cues.afterConcession() > 0) {
            features.add("concession");
        }
        return new KindEvidence(rule, new ArrayList<>(features));
    }

    /** The cues' kind and the learned model's features of a sentence. */
    public record KindEvidence(ClaimKind rule, List<String> features) {}

    /** The model's most probable kind when its probability is above {@code threshold}, else the cues' kind. */
    public static ClaimKind fuse(ClaimKind rule, Map<String, Double> p, double threshold) {
        String best = null;
        for (Map.Entry<String, Double> entry : p.entrySet()) {
            if (best == null || entry.getValue() > p.get(best)) {
                best = entry.getKey();
            }
        }
        return best != null && p.get(best) > threshold ? ClaimKind.valueOf(best.toUpperCase(Locale.ROOT)) : rule;
    }

    /** A kind as the model files name it: lowercase. */
    public static String name(ClaimKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Which kind cue groups occur after a leading concession, read once for the kind and the model's features. */
    private record CueReading(
            boolean prescription,
            boolean prediction,
            boolean fact,
            boolean assessment,
            boolean numberOrDate,
            int afterConcession) {

        /** The first group that occurs wins, in this order; a number or date makes the rest a fact. */
        ClaimKind kind() {
            if (prescription) {
                return ClaimKind.PRESCRIPTION;
            }
            if (prediction) {
                return ClaimKind.PREDICTION;
            }
            if (fact) {
                return ClaimKind.FACT;
            }
            if (assessment) {
                return ClaimKind.ASSESSMENT;
            }
            return numberOrDate ? ClaimKind.FACT : ClaimKind.ASSESSMENT;
        }
    }

    private CueReading cueReading(Tokens tokens) {
        int from = afterConcession(tokens);
        return new CueReading(
                prescribes(tokens, from),
                occurs(prediction, tokens, from, List.of())
                        || reportedFuture(tokens, from)
                        || conditionalPossibility(tokens, from),
                occurs(fact, tokens, from, List.of()),
                occurs(assessment, tokens, from, List.of()),
                hasNumberOrDate(tokens),
                from);
    }

    /** Words that deny a need: "It does not need to.", "Nobody needs to ask." */
    private static final Set<String> NEED_DENIERS = Set.of("not", "n't", "no", "nobody", "never");

    /**
     * A prescription cue from word {@code from} on, except a need that is denied ("They do not need to sign
     * anything"): no one is told what to do.
     */
    private boolean prescribes(Tokens tokens, int from) {
        for (Match<String> match : prescription.findAll(tokens)) {
            if (match.start() < from || !isCued(tokens, match)) {
                continue;
            }
            String first = tokens.word(match.start());
            boolean need = first.equals("need") || first.equals("needs");
            boolean denied = need
                    && ((match.start() > 0 && NEED_DENIERS.contains(tokens.word(match.start() - 1)))
                            || (match.start() > 1 && NEED_DENIERS.contains(tokens.word(match.start() - 2))));
            if (!denied) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of saying, thinking or foretelling whose "would" is a future seen from the past. */
    private static final int REPORTED_WOULD_WITHIN = 10;

    /**
     * "The minister said the pipeline would open in May", "Analysts warned that prices would climb": a "would" in the
     * clause a verb of saying or thinking reports is that speaker's future, a prediction.
     */
    private boolean reportedFuture(Tokens tokens, int from) {
        for (int i = Math.max(1, from); i < tokens.size(); i++) {
            if (!tokens.word(i).equals("would") || (i + 1 < tokens.size() && PREFERENCE.contains(tokens.word(i + 1)))) {
                // "would rather", "would prefer": a preference, not a future
                continue;
            }
            for (int j = i - 1; j >= Math.max(from, i - REPORTED_WOULD_WITHIN); j--) {
                if (commaBetween(tokens, j) && !tokens.word(j + 1).equals("that")) {
                    break;
                }
                if (REPORTING_PAST.contains(tokens.word(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of saying and thinking (in the past, or present for a standing view) that report a "would" future. */
    private static final Set<String> REPORTING_PAST = Set.of(
            "said",
            "says",
            "told",
            "argued",
            "argues",
            "warned",
            "warns",
            "predicted",
            "predicts",
            "believed",
            "believes",
            "insisted",
            "insists",
            "expected",
            "expects",
            "thought",
            "thinks",
            "estimated",
            "estimates",
            "promised",
            "pledged",
            "vowed",
            "forecast",
            "forecasts",
            "announced",
            "added",
            "cautioned",
            "claimed",
            "reckoned",
            "reckons",
            "assumed",
            "hoped",
            "feared",
            "doubted",
            "doubts");

    /** Words after "would" that make it a preference: "would rather build with allies". */
    private static final Set<String> PREFERENCE = Set.of("rather", "prefer", "like");

    /** Words of possibility that, with a condition in the same sentence, look ahead. */
    private static final Set<String> POSSIBILITY = Set.of("may", "might", "could");

    /** Openers of a condition: "if", "unless". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /**
     * "The figures could shift if sanctions ease", "Unless the parks switch to cleaner power, buyers may walk away": a
     * possibility under a condition is a conditional, a prediction.
     */
    private static boolean conditionalPossibility(Tokens tokens, int from) {
        boolean possibility = false;
        boolean condition = false;
        for (int i = from; i < tokens.size(); i++) {
            String w = tokens.word(i);
            possibility |= POSSIBILITY.contains(w) && (i == 0 || !tokens.startsUppercase(i));
            condition |= CONDITIONS.contains(w);
        }
        return possibility && condition;
    }

    /** How certain a sentence is, read on its {@link Tokens#words() words}. */
    Certainty certainty(Tokens sentence) {
        Tokens tokens = sentence.words();
        int from = Math.max(afterConcession(tokens), afterBut(tokens));
        if (occurs(hedged, tokens, from, hedgeExceptions.findAll(tokens))) {
            return Certainty.HEDGED;
        }
        List<Match<String>> exceptions = negationExceptions.findAll(tokens);
        int conjunct = secondConjunct(tokens, from);
        for (Match<String> match : negated.findAll(tokens)) {
            if (match.start() >= from
                    && match.start() < conjunct
                    && !isContrastedByBut(tokens, match)
                    && isCued(tokens, match)
                    && !covered(match, exceptions)
                    && !isContrastive(tokens, match)
                    && !inSubordinateClause(tokens, match)
                    && !inRelativeThatClause(tokens, match)
                    && !inQuotedTerm(tokens, match)) {
                return Certainty.NEGATED;
            }
        }
        return Certainty.ASSERTED;
    }

    /** The first word after a leading concessive clause ("While these realities may be true, …"), else 0. */
    private int afterConcession(Tokens tokens) {
        if (tokens.size() == 0 || concessiveOpeners.at(tokens, 0) == null) {
            return 0;
        }
        return wordAfter(tokens, tokens.text().indexOf(','));
    }

    /**
     * The first word of B in "A, and B" (after word {@code from}), else the sentence's length: a negation that comes
     * only in a second clause joined by "and" ("Norway set up the zone in 1977, and few states have ever accepted it")
     * adds to a main claim that stands; it does not deny it.
     */
    private static int secondConjunct(Tokens tokens, int from) {
        String text = tokens.text();
        int at = from < tokens.size() ? tokens.start(from) : text.length();
        int and = text.indexOf(", and ", at);
        return and < 0 ? tokens.size() : wordAfter(tokens, and + 1);
    }

    /**
     * "China is not Russia's ally but a patient competitor": a "not" answered by "but" in the same stretch (no comma
     * between) denies one reading to assert another.
     */
    private static boolean isContrastedByBut(Tokens tokens, Match<String> match) {
        if (!"not".equals(tokens.word(match.start()))) {
            return false;
        }
        for (int k = match.end(); k < tokens.size(); k++) {
            if (commaBetween(tokens, k - 1)) {
                return false;
            }
            if (tokens.word(k).equals("but")) {
                return true;
            }
        }
        return false;
    }

    /** The first word of B in "A, but B" or "A; B", else 0. */
    private static int afterBut(Tokens tokens) {
        int but = Math.max(tokens.text().lastIndexOf(", but "), tokens.text().lastIndexOf("; "));
        return but < 0 ? 0 : wordAfter(tokens, but + 1);
    }

    /**
     * "…, which is not completely in sync", "If they do not, …": a negation inside a relative or adverbial clause
     * (opened earlier in the same comma-delimited stretch) does not deny the main claim.
     */
    private static boolean inSubordinateClause(Tokens tokens, Match<String> match) {
        for (int i = match.start() - 1; i >= 0; i--) {
            if (commaBetween(tokens, i)) {
                return false;
            }
            if (SUBORDINATE_OPENERS.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a partnership that neither side wants to turn into an alliance", "the help that Beijing would not give": a
     * negation in a clause opened by "that" right after a noun phrase (a determiner at most four words before it)
     * qualifies the noun; it does not deny the main claim. After a verb of saying or thinking ("told the press that
     * …") the clause is the content itself and still counts.
     */
    private boolean inRelativeThatClause(Tokens tokens, Match<String> match) {
        for (int i = match.start() - 1; i > 0; i--) {
            if (commaBetween(tokens, i - 1)) {
                return false;
            }
            if (!tokens.word(i).equals("that")) {
                continue;
            }
            boolean determiner = false;
            for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
                if (commaBetween(tokens, j)) {
                    break;
                }
                if (contentClauseHeads.contains(tokens.word(j))) {
                    return false;
                }
                // not the subject opening the sentence: in "A country that matters less is not an equal" the
                // negation is the main clause's
                determiner |= j < i - 1 && j > 0 && DETERMINERS.contains(tokens.word(j));
            }
            return determiner;
        }
        return false;
    }

    /**
     * "the “no limits” declaration", "described as “non-aligned”": a negation inside a short quoted term (at most
     * {@link #MAX_QUOTED_TERM_WORDS} words, after a determiner or a preposition) names a phrase someone used; it does
     * not deny the main claim. A quoted predicate ("insist that it is “not an alliance”") still does.
     */
    private static boolean inQuotedTerm(Tokens tokens, Match<String> match) {
        String text = tokens.text();
        int at = tokens.start(match.start());
        int[] quote = TextShapes.quotationAround(text, at, tokens.end(match.start()));
        return quote != null
                && TextShapes.wordCount(text.substring(quote[0] + 1, quote[1])) <= MAX_QUOTED_TERM_WORDS
                && TERM_OPENERS.contains(lastWord(text.substring(0, quote[0])));
    }

    /** Whether a comma stands between token {@code i} and token {@code i + 1}. */
    private static boolean commaBetween(Tokens tokens, int i) {
        int comma = tokens.text().indexOf(',', tokens.end(i));
        return comma >= 0 && comma < tokens.start(i + 1);
    }

    private static String lastWord(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static int wordAfter(Tokens tokens, int offset) {
        if (offset < 0) {
            return 0;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.start(i) > offset) {
                return i;
            }
        }
        return 0;
    }

    /** "China, not Pakistan, is …": a negation right after a comma contrasts, it does not deny. */
    private static boolean isContrastive(Tokens tokens, Match<String> match) {
        int j = tokens.start(match.start()) - 1;
        while (j >= 0 && Character.isWhitespace(tokens.text().charAt(j))) {
            j--;
        }
        return j >= 0 && tokens.text().charAt(j) == ',' && "not".equals(tokens.word(match.start()));
    }

    private static boolean hasNumberOrDate(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (Character.isDigit(tokens.word(i).charAt(0)) || CALENDAR.contains(tokens.original(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue occurs from word {@code from} on, outside the exceptions. A cue counts in lowercase, or
     * capitalised as the first word: "May" in "in May 2014" is a month, not a hedge.
     */
    private static boolean occurs(PhraseMatcher<String> cues, Tokens tokens, int from, List<Match<String>> exceptions) {
        for (Match<String> match : cues.findAll(tokens)) {
            if (match.start() >= from && isCued(tokens, match) && !covered(match, exceptions)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCued(Tokens tokens, Match<String> match) {
        return match.start() == 0 || !tokens.startsUppercase(match.start());
    }

    private static boolean covered(Match<String> match, List<Match<String>> exceptions) {
        for (Match<String> exception : exceptions) {
            if (exception.start() <= match.start() && match.end() <= exception.end()) {
                return true;
            }
        }
        return false;
    }
}
