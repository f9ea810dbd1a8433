package io.claimbase.extract.position;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Evidence;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The author's position, in one article, on each assessment question the article addresses.
 *
 * <ul>
 * <li>A question is addressed when a claim names all of its actors (or refers back to them, "the two countries",
 * "this pseudo-alliance", right after a claim that names them) and contains one of its scale cues. An article that
 * does not address a question gets no position for it.</li>
 * <li>Claims count for the author only when the author asserts them: reported speech (attribution reported) and
 * views the author frames as others' ("Many Western experts...") are kept as evidence with weight 0. A hedged claim
 * counts less; a cue inside a question counts only when the question presupposes it.</li>
 * <li>A negated cue ("not about to form an alliance") counts against its label and, at half weight, for the label
 * the scale says it points to.</li>
 * <li>When nothing the author asserts commits to a label, the position is {@value #UNDETERMINED} (score null),
 * with the evidence it was based on. Weak cues alone (a bare "partner") do not make an article address a
 * question.</li>
 * <li>Direction is not state: a cue reached through an approach phrase ("drifting toward a military alliance", "on
 * the road to a full alliance") places the relationship one step short of it and gives its trend; a cue after a
 * change-of-state phrase ("has become a de facto alliance") keeps its label and gives the trend too.</li>
 * <li>The title, when given, is the author's framing ("Allies in All but Name"): it counts like an asserted claim
 * when the article addresses the question or the title names the actors itself. It is named in the rationale, not
 * listed as evidence (evidence is claims).</li>
 * </ul>
 *
 * <p>Actors: a claim's actors (from the tagger) are used when present; the question's aliases are also matched in
 * the claim's text, so the assessor works on untagged claims too. Thread-safe and pure.
 */
public final class PositionAssessor {

    public static final String UNDETERMINED = "undetermined";
    private static final double SATURATION = 1.5;
    /** How many claims must name the pair for an article to be about it whatever its labels. */
    private static final int PAIR_NAMED_OFTEN = 3;
    /** Cue matching is never certain, however many cues agree. */
    private static final double MAX_CONFIDENCE = 0.95;

    private final List<QuestionMatcher> matchers;
    private final TrendPrior usualTrends;

    /** An assessor without learned trends: a position's trend is only what the author's words say. */
    public PositionAssessor(List<Question> questions) {
        this(questions, TrendPrior.NONE);
    }

    /**
     * @param usualTrends the trend usual with each label, taken when the author's words say none (see
     *                    {@link TrendPrior})
     */
    public PositionAssessor(List<Question> questions, TrendPrior usualTrends) {
        this.matchers = questions.stream().map(QuestionMatcher::new).toList();
        this.usualTrends = usualTrends;
    }

    /** Positions on the questions the claims address, in the questions' order. */
    public List<ExtractedPosition> assess(List<ExtractedClaim> claims) {
        return assess(null, claims);
    }

    /** Positions on the questions the article (its title, may be null, and claims) addresses. */
    public List<ExtractedPosition> assess(String title, List<ExtractedClaim> claims) {
        return matchers.stream()
                .map(m -> assess(m, title, claims, usualTrends))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The claims again, each claim a position cites as evidence also on its question's topic ({@link Question#topic()},
     * e.g. {@code geopolitics.alignment}): a sentence read as saying where a relationship stands or is heading is about
     * that relationship, whatever words it uses ("the two are drifting closer", "an entente in all but name").
     */
    public List<ExtractedClaim> withQuestionTopics(List<ExtractedClaim> claims, List<ExtractedPosition> positions) {
        Map<Integer, String> topics = new HashMap<>();
        for (ExtractedPosition position : positions) {
            matchers.stream()
                    .map(QuestionMatcher::question)
                    .filter(q -> q.slug().equals(position.question()) && q.topic() != null)
                    .findFirst()
                    .ifPresent(q -> position.evidence().forEach(e -> topics.putIfAbsent(e.claimOrdinal(), q.topic())));
        }
        if (topics.isEmpty()) {
            return claims;
        }
        return claims.stream()
                .map(c -> topics.containsKey(c.ordinal()) ? c.withTopic(topics.get(c.ordinal())) : c)
                .toList();
    }

    private static Optional<ExtractedPosition> assess(
            QuestionMatcher matcher, String title, List<ExtractedClaim> claims, TrendPrior usualTrends) {
        claims = reviewedVoiceSetAside(claims);
        List<ClaimReading> readings = new ArrayList<>(matcher.read(claims, endorses(claims), title));
        // the article speaks of the pair's relationship when a claim of the author's commits to a label, or when it
        // names the pair again and again and the author says anything on the question at all (a weak cue, a
        // direction): then a title that names the relationship ("Partners of convenience, and the convenience is
        // running out") is its framing
        boolean addressed = readings.stream().anyMatch(ClaimReading::committal);
        boolean spokenOf = readings.stream().anyMatch(r -> !r.reported())
                && matcher.claimsNamingThePair(claims) >= PAIR_NAMED_OFTEN;
        ClaimReading titled = matcher.readTitle(title, addressed || spokenOf);
        if (titled != null) {
            readings.add(0, titled);
        }
        if (readings.stream().noneMatch(ClaimReading::committal)) {
            return Optional.empty();
        }
        Tally tally = new Tally(matcher.question().scale());
        if (!abstains(claims)) {
            readings.forEach(r -> r.levels().forEach(tally::add));
        }
        Trend trend = trendOf(readings);
        String slug = matcher.question().slug();
        return Optional.of(tally.decide()
                .map(d -> decided(slug, d, trend, readings, usualTrends))
                .orElseGet(() -> new ExtractedPosition(
                        slug,
                        UNDETERMINED,
                        null,
                        trend,
                        undeterminedConfidence(readings),
                        Rationale.undetermined(readings),
                        evidence(readings, UNDETERMINED, trend))));
    }

    /**
     * A decided position. When no claim the author asserts says which way the relationship moves, or they say it moves
     * both ways as much, its trend is the one usual with the label ({@link TrendPrior}), and the rationale says so; the
     * evidence stays the claims'.
     */
    private static ExtractedPosition decided(
            String slug, Tally.Decision d, Trend said, List<ClaimReading> readings, TrendPrior usualTrends) {
        String label = d.level().label();
        boolean bothWays = said != null && conflicting(readings);
        Trend usual = said == null || bothWays ? usualTrends.usual(slug, label).orElse(null) : null;
        Trend trend = usual != null ? usual : said;
        String why = usual == null ? null : bothWays ? "says it moves both ways as much" : "says no direction";
        return new ExtractedPosition(
                slug,
                label,
                d.score(),
                trend,
                confidence(d),
                Rationale.decided(label, trend, why, readings),
                evidence(readings, label, said));
    }

    private static final String TEXT_SUBJECT =
            "(^|[,;] )((but|so|and) )?(in this (episode|issue|piece|article|column|report|explainer),? )?"
                    + "(we|i|this (explainer|article|piece|analysis|brief|briefing"
                    + "|column|essay|report|guide|newsletter|post|blog|paper|primer|q&a|series|episode|podcast|show"
                    + "|programme|program|debate|roundtable|feature))\\b.{0,30}?";
    private static final String AUDIENCE =
            "(you|readers|the reader|our readers|listeners|our listeners|viewers|the audience|each reader)";

    private static final String SIDES = " (a |any )?(winner|side|sides|position|stance)\\b";
    private static final String VERDICT = "(verdict|judgement|judgment|conclusion|answer|call|decision)";
    /** "This explainer does not pick a winner.", "We take no side.": the author says in so many words it takes none. */
    private static final List<Pattern> ABSTENTIONS = List.of(
            Pattern.compile(
                    TEXT_SUBJECT + "\\b(not|never|neither|nor|\\w+n['’]t)\\b.{0,20}?\\b(pick|take|choose)" + SIDES,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(
                    TEXT_SUBJECT + "\\b(picks?|takes?|chooses?) no (side|sides|position|stance)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "We leave the verdict to you.", "This piece leaves the judgement to readers."
            Pattern.compile(
                    TEXT_SUBJECT + "\\b(leave|leaves)( the)? " + VERDICT
                            + " (to|with) (you|readers|the reader|listeners|viewers|our readers|our listeners)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "We offer no verdict.", "This explainer reaches no conclusion."
            Pattern.compile(
                    TEXT_SUBJECT + "\\b(offers?|gives?|reach(es)?|draws?|delivers?|passes?) no " + VERDICT + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "Which reading is right is for readers to decide.", "That question is up to you to judge."
            Pattern.compile(
                    "\\b(is|are|remains?) (left )?(for|up to) " + AUDIENCE + " to (decide|judge|weigh|settle)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "This report records what each team argued; it does not adjudicate between them."
            Pattern.compile(
                    "^this (report|summary|record|note|paper|memo|brief|briefing|account|write-up|readout)\\b"
                            + "[^.]{0,80}?\\b(not|never|\\w+n['’]t)\\b (attempt to |try to |seek to )?"
                            + "(adjudicate|arbitrate|referee|judge)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "Readers will have to decide for themselves."
            Pattern.compile(
                    "^" + AUDIENCE + " (can|must|may|will have to|should) (decide|judge) for themselves\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /**
     * "The evidence can be read all three ways.", "The record supports each of these readings.": a closing line that
     * leaves the readings side by side is an abstention; earlier in an article it only opens the author's own weighing.
     */
    private static final Pattern OPEN_ENDING = Pattern.compile(
            "^((but|so|and|in the end|in short|for now),? )?the (evidence|record|facts|data)"
                    + " (can|could|may|might) (be read|support|fit|bear)\\b.{0,12}?\\b(all|both|each|any|either"
                    + "|several|many|different|two|three|four) (of these )?(ways|readings|answers|interpretations)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How many claims from the end a closing line may stand. */
    private static final int CLOSING_CLAIMS = 3;

    /**
     * Whether the author declines, in the author's own voice, to take a side ("This explainer does not pick a winner",
     * "We take no side"): then nothing the article says is the author's label, and the position is
     * {@value #UNDETERMINED}, with its evidence. Said of anyone else ("India refuses to take sides") it is no
     * abstention.
     */
    private static boolean abstains(List<ExtractedClaim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim c = claims.get(i);
            if (c.attribution() != null && c.attribution().type() != Attribution.Type.AUTHOR) {
                continue;
            }
            String text = c.text().strip();
            if (ABSTENTIONS.stream().anyMatch(p -> p.matcher(text).find())) {
                return true;
            }
            if (i >= claims.size() - CLOSING_CLAIMS
                    && OPEN_ENDING.matcher(text).find()
                    && !CONTRAST.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** "The evidence can be read both ways, but ...": a contrast goes on to the author's own weighing. */
    private static final Pattern CONTRAST =
            Pattern.compile("[,;] (but|yet|though|still)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may open an endorsement: "Still,", "But", "Even so,", "On balance,". */
    private static final String LEAD = "^((but|still|yet|so|and)\\b,? |[^,]{1,20}, )?";

    private static final String THESIS = "(his|her|their|the author's|the book's|the report's|the study's|this)"
            + " (central |main |core |basic |broad )?(claim|argument|thesis|case|conclusion|reading|diagnosis|verdict)";
    /**
     * The author adopts a view reported before: "I am persuaded.", "His central claim holds up.", "She is right.",
     * "The book's thesis is convincing." Negated ("I am not persuaded", "her case does not hold up") it is none.
     */
    private static final List<Pattern> ENDORSEMENTS = List.of(
            Pattern.compile(
                    LEAD + "(i am|i'm|i was|i remain|we are|we remain)"
                            + " (largely |mostly |broadly |fully )?(persuaded|convinced)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(
                    LEAD + THESIS
                            + " (largely |mostly |broadly )?(holds up|holds|stands up|stands|rings true|convinces"
                            + "|is (convincing|persuasive|right|correct|sound|compelling))\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // "I left convinced that Krug has it right.", "She gets it right."
            Pattern.compile(
                    "\\b(has|have|had|gets|got|get) it (largely |mostly |broadly |exactly )?right\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(
                    LEAD + "(he|she|they|the author)"
                            + " (is|are|was|were) (largely |mostly |broadly )?(right|correct|persuasive|convincing)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|hardly|less|\\w+n['’]t)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the author, in the author's own voice, adopts a view the article reports ("I am persuaded", "his central
     * claim holds up"): then the reported views of analysts and writers count for the author as hedged claims would
     * ({@link QuestionMatcher#read(List, boolean, String)}); the views of the governments concerned never do.
     */
    static boolean endorses(List<ExtractedClaim> claims) {
        return claims.stream()
                .filter(c -> c.attribution() == null || c.attribution().type() == Attribution.Type.AUTHOR)
                .map(c -> c.text().strip())
                .filter(t -> !NEGATION.matcher(t).find())
                .anyMatch(t -> ENDORSEMENTS.stream().anyMatch(p -> p.matcher(t).find()));
    }

    /**
     * "I am less persuaded by what they conclude from it.": a commentator who says so rejects the conclusion of the
     * work reviewed.
     */
    private static final Pattern REJECTS_THEIR_CONCLUSION = Pattern.compile(
            "\\b(i am|i'm|i remain|i was|we are|we remain)( much| far)? (less|not|unpersuaded|unconvinced|hardly)"
                    + "( persuaded| convinced)? (by|of)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "We argue that ...", "This article constructs ...": the voice of a work's own abstract or summary. */
    private static final Pattern WORKS_OWN_VOICE = Pattern.compile(
            "^(we (argue|find|show|contend|conclude|suggest|demonstrate|propose|claim|maintain)"
                    + "|this (article|paper|study|book|chapter|report) (argues|finds|shows|constructs|contends"
                    + "|concludes|suggests|demonstrates|proposes|claims|maintains|develops|builds))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A journal forum, a review: the reviewed work's abstract speaks as "we" ("We argue that the relationship has
     * become a durable strategic partnership"), then the commentator, in the first person singular, rejects its
     * conclusion ("I am less persuaded by what they conclude"). The claims in the work's own voice before that
     * rejection are the work's view, not the commentator's: they are read as reported. Without such a rejection the
     * claims stay as they are.
     */
    static List<ExtractedClaim> reviewedVoiceSetAside(List<ExtractedClaim> claims) {
        int rejection = -1;
        for (int i = 0; i < claims.size() && rejection < 0; i++) {
            if (REJECTS_THEIR_CONCLUSION.matcher(claims.get(i).text()).find()) {
                rejection = i;
            }
        }
        if (rejection <= 0) {
            return claims;
        }
        List<ExtractedClaim> out = new ArrayList<>(claims);
        for (int i = 0; i < rejection; i++) {
            ExtractedClaim c = claims.get(i);
            if (WORKS_OWN_VOICE.matcher(c.text().strip()).find()) {
                out.set(i, SoundBites.asReported(c));
            }
        }
        return out;
    }

    /**
     * Whether the author's words say the relationship moves both ways as much, and stays put less: up and down weigh
     * the same ("the speeches get warmer" and "the gap between them is widening"). {@link #trendOf} reads that as
     * stable; the trend usual with the label decides instead, when there is one.
     */
    private static boolean conflicting(List<ClaimReading> readings) {
        Map<Trend, Double> weights = new EnumMap<>(Trend.class);
        readings.forEach(r -> r.directions().forEach(d -> weights.merge(d.trend(), d.weight(), Double::sum)));
        double up = weights.getOrDefault(Trend.STRENGTHENING, 0.0);
        double down = weights.getOrDefault(Trend.WEAKENING, 0.0);
        return up > 0 && up == down && weights.getOrDefault(Trend.STABLE, 0.0) < up;
    }

    /** The direction with the most weight; stable when equal; null when no claim the author asserts says any. */
    private static Trend trendOf(List<ClaimReading> readings) {
        Map<Trend, Double> weights = new EnumMap<>(Trend.class);
        readings.forEach(r -> r.directions().forEach(d -> weights.merge(d.trend(), d.weight(), Double::sum)));
        double up = weights.getOrDefault(Trend.STRENGTHENING, 0.0);
        double down = weights.getOrDefault(Trend.WEAKENING, 0.0);
        double steady = weights.getOrDefault(Trend.STABLE, 0.0);
        if (up + down + steady <= 0) {
            return null;
        }
        if (up > down && up >= steady) {
            return Trend.STRENGTHENING;
        }
        return down > up && down >= steady ? Trend.WEAKENING : Trend.STABLE;
    }

    /** More evidence and more agreement give more confidence: 1 cue alone ~0.5, five concordant cues ~0.95. */
    private static double confidence(Tally.Decision d) {
        double amount = 1 - Math.exp(-d.total() / SATURATION);
        return round2(Math.min(MAX_CONFIDENCE, amount * (0.4 + 0.6 * d.agreement())));
    }

    private static double undeterminedConfidence(List<ClaimReading> readings) {
        long cues = readings.stream().mapToLong(r -> r.levels().size()).sum();
        return round2(0.3 + 0.4 * (1 - Math.exp(-cues / 2.0)));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** One evidence entry per claim, in reading order. */
    private static List<Evidence> evidence(List<ClaimReading> readings, String label, Trend trend) {
        List<Evidence> evidence = new ArrayList<>();
        for (ClaimReading r : readings) {
            if (r.isTitle()) {
                continue;
            }
            List<String> cues = new ArrayList<>();
            r.levels().forEach(l -> cues.add(l.cue()));
            r.directions().forEach(d -> cues.add(d.cue()));
            double weight =
                    r.levels().stream().mapToDouble(Signal.Level::weight).sum()
                            + r.directions().stream()
                                    .mapToDouble(Signal.Direction::weight)
                                    .sum();
            evidence.add(new Evidence(
                    r.claim().ordinal(),
                    String.join("; ", cues),
                    pointsTo(r),
                    supports(r, label, trend),
                    round2(weight)));
        }
        return evidence;
    }

    /** The label the claim's strongest scale cue points to, else the trend it names. */
    private static String pointsTo(ClaimReading r) {
        Optional<Signal.Level> strongest = r.levels().stream().max((a, b) -> Double.compare(a.weight(), b.weight()));
        if (strongest.isPresent()) {
            Signal.Level s = strongest.get();
            return s.pointsTo() != null ? s.pointsTo() : "not " + s.label();
        }
        return r.directions().get(0).trend().name().toLowerCase();
    }

    /**
     * Whether the claim agrees with the position: its cues name the label, or reject another one; a claim with only
     * trend words agrees when it names the position's trend. Every claim supports an undetermined position.
     */
    private static boolean supports(ClaimReading r, String label, Trend trend) {
        if (UNDETERMINED.equals(label)) {
            return true;
        }
        if (r.levels().isEmpty()) {
            return r.directions().stream().anyMatch(d -> d.trend() == trend);
        }
        double agree = 0;
        double disagree = 0;
        for (Signal.Level l : r.levels()) {
            boolean agrees = l.negated() ? !l.label().equals(label) : l.label().equals(label);
            double w = Math.max(l.weight(), 0.01);
            if (agrees) {
                agree += w;
            } else {
                disagree += w;
            }
        }
        return agree >= disagree;
    }
}
