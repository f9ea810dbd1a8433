package io.claimbase.extract.position;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.Certainty;
import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.ExtractedPosition.Trend;
import io.claimbase.extract.QuoteSelector;
import io.claimbase.extract.Span;
import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.PhraseMatcher.Options;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** One question compiled for matching: finds the claims about its actors and the cues they contain. */
final class QuestionMatcher {

    /** Words that make a phrase refer back to something already named ("this pseudo-alliance"). */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "their");

    private static final int DETERMINER_REACH = 3;
    /** What joins two actors named as one pair ("Russia and China", "Moscow & Beijing"). */
    private static final Set<String> COORDINATORS = Set.of("and", "&");
    /** How many claims after the one naming the pair may continue it without naming anyone. */
    private static final int MAX_CONTINUATION = 2;
    /**
     * How many claims after the one naming the pair may continue it by referring back to it explicitly ("the
     * relationship", "the two countries", "this pseudo-alliance").
     */
    private static final int MAX_REFERENCE_CONTINUATION = 6;

    /** How many tokens the gap of a trend phrase may skip ("drifting, if anything, further apart" stops at commas). */
    private static final int TREND_GAP = 5;

    static final double HEDGED = 0.6;
    static final double FACT = 0.5;
    static final double PRESUPPOSED_IN_QUESTION = 0.7;
    static final double NEGATED_POINTS_TO = 0.5;

    private record ScaleCue(ScaleLevel level, Cue cue) {}

    private final Question question;
    private final List<PhraseMatcher<String>> actorAliases = new ArrayList<>();
    private final PhraseMatcher<Boolean> references = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<ScaleCue> cues = new PhraseMatcher<>(Options.clauses());
    /** Negation words match only as written: "notes" is no plural of "not", nor "nones" of "none". */
    private final PhraseMatcher<Boolean> negators =
            new PhraseMatcher<>(Options.clauses().withInflection(PhraseMatcher.Inflection.NONE));

    private final PhraseMatcher<Boolean> hypotheticals = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Trend> trends = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> antagonism = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> growth = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> framing = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> thirdParty = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> approach = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<Boolean> become = new PhraseMatcher<>(Options.clauses());
    private final Clause clause;

    QuestionMatcher(Question question) {
        this.question = question;
        for (QuestionActor actor : question.actors()) {
            actorAliases.add(new PhraseMatcher<String>(Options.clauses()).addAll(actor.aliases(), actor.id()));
        }
        references.addAll(question.references(), true);
        for (ScaleLevel level : question.scale()) {
            level.cues().forEach(c -> cues.add(c.phrase(), new ScaleCue(level, c)));
        }
        negators.addAll(question.negation().words(), true);
        hypotheticals.addAll(question.hypothetical(), true);
        // a trend phrase's gap may hold a short phrase of its own ("little in the past year has changed"), never
        // across a clause break
        question.trend().strengthening().forEach(p -> trends.addPair(p, Trend.STRENGTHENING, TREND_GAP));
        question.trend().weakening().forEach(p -> trends.addPair(p, Trend.WEAKENING, TREND_GAP));
        question.trend().stable().forEach(p -> trends.addPair(p, Trend.STABLE, TREND_GAP));
        antagonism.addAll(question.trend().antagonism(), true);
        growth.addAll(question.trend().growth(), true);
        framing.addAll(question.framing(), true);
        thirdParty.addAll(question.thirdParty(), true);
        approach.addAll(question.approach(), true);
        become.addAll(question.become(), true);
        clause = new Clause(question.negation());
    }

    Question question() {
        return question;
    }

    /**
     * The readings of the claims about the question's actors that say something on it, in order. A claim is about
     * the actors when it names them all, or when it continues one that does (at most {@value #MAX_CONTINUATION}
     * claims in a row): it names no actor at all, refers to "the two countries", or has a cue after a determiner.
     * Two claims in a row that name one of the pair each name the pair together. Once a claim has spoken of someone
     * else alone, a claim that names no one, or a cue after a determiner, no longer continues the pair.
     *
     * @param endorsed the author adopts the views the article reports ({@link PositionAssessor#endorses}): a claim
     *                 attributed to a source that is none of the question's actors counts as the author's hedged claim
     * @param title the article's title, may be null: a title that names the pair ("PUTIN AND XI LOCK ARMS") is what
     *              the opening lines go on about, as a claim naming them would be ("THEY are allies.")
     */
    List<ClaimReading> read(List<ExtractedClaim> claims, boolean endorsed, String title) {
        List<ClaimReading> readings = new ArrayList<>();
        boolean titleNamesPair = namesThePair(title);
        int continuation = titleNamesPair ? 0 : MAX_REFERENCE_CONTINUATION;
        Set<Integer> namedBefore = Set.of();
        boolean someoneElseSincePair = false;
        boolean previousRead = titleNamesPair;
        int soundBiteLeft = 0;
        for (ExtractedClaim claim : claims) {
            // "“This is an alliance in every way that counts. They sign nothing.”": a sentence that opens a quotation
            // it does not close before its end, with no speaker named, is a sound bite (a script's, a transcript's),
            // and so are the sentences up to the one that closes it
            boolean soundBite = soundBiteLeft > 0 || SoundBites.opens(claim.text());
            soundBiteLeft = soundBiteLeft > 0
                    ? SoundBites.closes(claim.text(), false) ? 0 : soundBiteLeft - 1
                    : soundBite && !SoundBites.closes(claim.text(), true) ? SoundBites.MAX_SENTENCES : 0;
            Tokens tokens = Tokens.of(claim.text()).clauses();
            List<Match<ScaleCue>> cueMatches = cues.longest(tokens);
            Set<Integer> named = actorsNamed(claim, tokens);
            boolean all = (named.size() == question.actors().size() || completes(namedBefore, named))
                    && !someoneElsesPartners(claim.text(), tokens);
            boolean untagged = claim.actors() == null || claim.actors().isEmpty();
            boolean continues = !all
                    && (named.isEmpty() && untagged && !someoneElseSincePair && continuation < MAX_CONTINUATION
                            || refersBack(claim, tokens, cueMatches, named, someoneElseSincePair)
                                    && continuation < MAX_REFERENCE_CONTINUATION);
            // "It is not growing much closer; it has found its level.": a pronoun subject right after a claim read on
            // the question goes on about what that claim spoke of
            // "Little in the past year has changed that.": so does a claim that only says which way things move
            continues |= !all
                    && previousRead
                    && named.isEmpty()
                    && !namesSomeoneElse(claim)
                    && (opensWithPronoun(tokens) || !trends.longest(tokens).isEmpty());
            // "They share a grudge against American power.": a plural pronoun subject right after a claim read on the
            // question is the pair; someone else named later in the claim is what the pair does something with
            boolean pairAsSubject = !all && !continues && previousRead && named.isEmpty() && opensWithPlural(tokens);
            continues |= pairAsSubject;
            // "It is a marriage of necessity.", "What has emerged is an entente.", "This is a strategic partnership":
            // a claim naming no one that gives a pronoun, a demonstrative or a "what" clause a label of full weight,
            // or that names a label explicitly, speaks of the pair named a few claims before
            // naming one of the pair ("It is a partnership of necessity, and one in which Beijing ...") is no one else
            continues |= !all
                    && (!namesSomeoneElse(claim) || labelsFirst(tokens, cueMatches))
                    && !someoneElseSincePair
                    && continuation < MAX_REFERENCE_CONTINUATION
                    && labelsTheSubject(tokens, cueMatches);
            previousRead = all || continues;
            continuation = all ? 0 : Math.min(continuation + 1, MAX_REFERENCE_CONTINUATION);
            namedBefore = named;
            // a claim that refers back to the pair in so many words ("this relationship", "the two countries")
            // brings it back into view after someone else was spoken of
            boolean explicit = continues && references.foundIn(tokens) && named.isEmpty() || pairAsSubject;
            someoneElseSincePair =
                    !all && !explicit && (someoneElseSincePair || named.isEmpty() && namesSomeoneElse(claim));
            if (all || continues) {
                ExtractedClaim voiced = soundBite && !endorsed ? SoundBites.asReported(claim) : claim;
                ClaimReading r = read(endorsed ? adopted(voiced) : voiced, tokens, cueMatches, false);
                if (!r.isEmpty()) {
                    readings.add(r);
                }
            }
        }
        return readings;
    }

    /**
     * How many claims name all of the question's actors (by tag or alias), someone else's partners aside: how much the
     * article speaks of the pair.
     */
    int claimsNamingThePair(List<ExtractedClaim> claims) {
        int n = 0;
        for (ExtractedClaim claim : claims) {
            Tokens tokens = Tokens.of(claim.text()).clauses();
            if (actorsNamed(claim, tokens).size() == question.actors().size()
                    && !someoneElsesPartners(claim.text(), tokens)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a text (a title) names all of the question's actors by alias. */
    boolean namesThePair(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Tokens tokens = Tokens.of(text).clauses();
        return actorAliases.stream().allMatch(a -> a.foundIn(tokens));
    }

    /**
     * The reading of an article's title, the author's (or the desk's) framing: a title that names the relationship
     * ("Allies in All but Name", "Rivals in a Bear Hug") counts like an asserted claim. Null when the title says
     * nothing on the question, or only asks (cues before a question mark count for nothing). {@code addressed}: the
     * article's claims address the question; otherwise the title must name the actors itself.
     */
    ClaimReading readTitle(String title, boolean addressed) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String statement = title.substring(title.lastIndexOf('?') + 1).strip();
        if (statement.isEmpty()) {
            return null;
        }
        // a headline of two sentences ("The Baltic has become a NATO sea. The alliance should act like it") is read
        // sentence by sentence: a marker in one ("has become") does not reach a cue in the next
        String[] sentences = TITLE_SENTENCE_BREAK.split(statement);
        if (sentences.length > 1) {
            List<Signal.Level> levels = new ArrayList<>();
            List<Signal.Direction> directions = new ArrayList<>();
            ClaimReading first = null;
            boolean committal = false;
            boolean reported = false;
            for (String sentence : sentences) {
                ClaimReading r = readTitleStatement(sentence.strip(), addressed);
                if (r != null) {
                    first = first == null ? r : first;
                    levels.addAll(r.levels());
                    directions.addAll(r.directions());
                    committal |= r.committal();
                    reported |= r.reported();
                }
            }
            return first == null ? null : new ClaimReading(first.claim(), reported, levels, directions, committal);
        }
        return readTitleStatement(statement, addressed);
    }

    private static final Pattern TITLE_SENTENCE_BREAK = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!])\\s+(?=\\p{Lu})");

    private ClaimReading readTitleStatement(String statement, boolean addressed) {
        ExtractedClaim claim = new ExtractedClaim(
                -1,
                statement,
                new Span(0, statement.length()),
                new QuoteSelector(statement, "", ""),
                ClaimKind.ASSESSMENT,
                Attribution.AUTHOR,
                Certainty.ASSERTED,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                1.0);
        Tokens tokens = Tokens.of(statement).clauses();
        boolean named = actorsNamed(claim, tokens).size() == question.actors().size();
        if (!addressed && !named) {
            return null;
        }
        ClaimReading r = read(claim, tokens, cues.longest(tokens), true);
        return r.isEmpty() ? null : r;
    }

    /** @param title whether the text is a title, where every word may be capitalised (no proper-name test) */
    private ClaimReading read(ExtractedClaim claim, Tokens tokens, List<Match<ScaleCue>> cueMatches, boolean title) {
        boolean reported = claim.attribution() != null
                        && claim.attribution().type() == Attribution.Type.REPORTED
                        && !firstPerson(claim.attribution().source())
                || framed(tokens)
                || CHECKED_CLAIM.matcher(claim.text()).find()
                || namedByOthers(claim.text());
        boolean asks = claim.text().strip().endsWith("?");
        double base = reported
                ? 0
                : (claim.certainty() == Certainty.HEDGED ? HEDGED : 1) * (claim.kind() == ClaimKind.FACT ? FACT : 1);
        List<Match<Boolean>> negations = outside(negators.all(tokens), cueMatches);
        List<Match<Boolean>> irrealis = outside(hypotheticals.all(tokens), cueMatches);
        List<Match<Boolean>> approaches = outside(approach.all(tokens), cueMatches);
        List<Match<Boolean>> becomings = outside(become.all(tokens), cueMatches);
        String text = claim.text();

        List<Signal.Level> levels = new ArrayList<>();
        List<Signal.Direction> directions = new ArrayList<>();
        boolean committal = false;
        for (Match<ScaleCue> m : cueMatches) {
            if (!title && (isProperName(tokens, m, text) || someoneElses(tokens, m, text))) {
                continue;
            }
            committal |= m.value().cue().weight() >= 1;
            ScaleLevel level = m.value().level();
            int negator = clause.markerBefore(tokens, m.start(), negations, true);
            if (negator < 0) {
                negator = negatedBelief(tokens, m.start(), negations);
            }
            if (negator < 0) {
                negator = negatedWillingness(tokens, m.start(), negations);
            }
            if (negator >= 0 && closesAQuotation(text, tokens, negator, m.start())) {
                // "The “no limits” friendship is a veneer": a negation inside a quoted name stays in it
                negator = -1;
            }
            if (negator >= 0 && needsForAPurpose(tokens, negator, m.start())) {
                // "no longer need a treaty to behave like allies": the negation is of the need, not of the purpose
                negator = -1;
            }
            if (negator < 0) {
                negator = namedToBeRejected(text, tokens, m);
            }
            boolean hypothetical = clause.markerBefore(tokens, m.start(), irrealis, false) >= 0;
            // a term in quotation marks is someone else's word for the relationship ("announced a “no-limits
            // partnership”"), kept as evidence but not the author's own label
            // so is a label naming the group that holds it ("the axis school"): kept as evidence, weight 0
            boolean quoted = quotedTerm(text, tokens, m) || namesAGroup(tokens, m);
            double weight = hypothetical || quoted
                    ? 0
                    : base * m.value().cue().weight() * (asks ? askedWeight(tokens, m.start()) : 1);
            int above = negator >= 0 ? -1 : moreThan(tokens, m.start());
            if (above < 0 && negator < 0) {
                above = namedAsTooLittle(text, tokens, m);
            }
            if (above >= 0) {
                // "more than a marriage of convenience", "more than partners": one step above the label named
                String cue = quote(text, tokens, above, m.end());
                ScaleLevel state = stepAbove(level);
                levels.add(new Signal.Level(cue, state.label(), false, state.label(), weight));
                continue;
            }
            int approaching = negator >= 0 ? -1 : clause.markerBefore(tokens, m.start(), approaches, false);
            if (approaching >= 0) {
                // direction, not state: "drifting toward a military alliance" is short of one, and moving up
                String cue = quote(text, tokens, approaching, m.end());
                ScaleLevel state = stateShortOf(level);
                levels.add(new Signal.Level(cue, state.label(), false, state.label(), weight));
                directions.add(new Signal.Direction(cue, towards(level), asks ? 0 : weight == 0 ? 0 : base));
                continue;
            }
            String cue = quote(text, tokens, negator >= 0 ? negator : m.start(), m.end());
            levels.add(
                    negator >= 0
                            ? new Signal.Level(
                                    cue, level.label(), true, m.value().cue().negatedPointsTo(level), weight)
                            : new Signal.Level(cue, level.label(), false, level.label(), weight));
            if (negator < 0 && !hypothetical && clause.markerBefore(tokens, m.start(), becomings, false) >= 0) {
                // a state reached: "has become a de facto alliance" also says which way it moved
                directions.add(new Signal.Direction(cue, towards(level), asks ? 0 : base));
            }
        }
        List<Match<Boolean>> antagonists = antagonism.all(tokens);
        List<Match<Trend>> trendMatches = new ArrayList<>(trends.longest(tokens));
        List<Signal.Direction> denied = new ArrayList<>();
        for (Match<Boolean> g : growth.longest(tokens)) {
            if (trendMatches.stream().noneMatch(g::overlaps) && nearAntagonism(tokens, g, antagonists)) {
                trendMatches.add(new Match<>(g.start(), g.end(), Trend.WEAKENING, g.words()));
            }
        }
        for (Match<Trend> m : trendMatches) {
            if (describesAnActor(tokens, m)) {
                continue;
            }
            if (restrictsSomethingElse(tokens, m)) {
                continue;
            }
            int negator = clause.markerBefore(tokens, m.start(), negations, true);
            if (negator < 0) {
                negator = negatedBelief(tokens, m.start(), negations);
            }
            if (negator < 0) {
                negator = cessationBefore(tokens, m.start());
            }
            Trend said = m.value() == Trend.STRENGTHENING && nearAntagonism(tokens, m, antagonists)
                    ? Trend.WEAKENING
                    : m.value();
            Trend trend = negator < 0 ? said : said == Trend.STABLE ? null : Trend.STABLE;
            if (trend != null) {
                boolean hypothetical = clause.markerBefore(tokens, m.start(), irrealis, false) >= 0;
                Signal.Direction d = new Signal.Direction(
                        quote(text, tokens, negator >= 0 ? negator : m.start(), m.end()),
                        trend,
                        asks || hypothetical ? 0 : base);
                (negator >= 0 ? denied : directions).add(d);
            }
        }
        // "a cooling, not a deepening", "drifting apart rather than growing closer": a movement denied beside one
        // asserted is the contrast that stresses it, not a standstill
        if (directions.stream().noneMatch(d -> d.trend() != Trend.STABLE)) {
            directions.addAll(denied);
        }
        // a weak cue commits too when the claim says which way the relationship moves ("a partnership ... thinning
        // out")
        return new ClaimReading(
                claim, reported, levels, directions, committal || !levels.isEmpty() && !directions.isEmpty());
    }

    /**
     * A reported claim the author adopts: the author's, hedged. Not when its source is one of the question's actors
     * (what the governments say of their own relationship stays theirs) or names none at all.
     */
    private ExtractedClaim adopted(ExtractedClaim claim) {
        Attribution a = claim.attribution();
        if (a == null
                || a.type() != Attribution.Type.REPORTED
                || a.source() == null
                || a.source().isBlank()) {
            return claim;
        }
        Tokens source = Tokens.of(a.source()).clauses();
        if (actorAliases.stream().anyMatch(m -> m.foundIn(source))) {
            return claim;
        }
        return new ExtractedClaim(
                claim.ordinal(),
                claim.text(),
                claim.span(),
                claim.quote(),
                claim.kind(),
                Attribution.AUTHOR,
                Certainty.HEDGED,
                claim.topics(),
                claim.eventType(),
                claim.actors(),
                claim.time(),
                claim.figures(),
                claim.confidence());
    }

    /**
     * Whether a cue stands inside a short quotation ("a “no-limits partnership”", "an "axis" of upheaval"): an odd
     * number of quotation marks before it and a closing one after it, at most {@value #MAX_QUOTED_TERM_WORDS} words
     * apart. A long quotation is reported speech, which the attribution already hands to its speaker.
     */
    private static boolean quotedTerm(String text, Tokens tokens, Match<?> m) {
        int[] quote = TextShapes.quotationAround(text, tokens.start(m.start()), tokens.end(m.end() - 1));
        return quote != null
                && text.substring(quote[0] + 1, quote[1]).strip().split("\\s+").length <= MAX_QUOTED_TERM_WORDS;
    }

    private static final int MAX_QUOTED_TERM_WORDS = 5;

    /** Words that open a claim whose subject is what was spoken of before ("It is", "This is", "What exists is"). */
    private static final Set<String> REFERRING_OPENERS = Set.of("it", "this", "that", "they", "theirs", "what");

    /**
     * Whether the claim puts a label of full weight on a subject that refers back ("It is a marriage of necessity",
     * "What has grown up is an entente"), or names a label explicitly (a cue weighing {@value Cue#MAX_WEIGHT}: "a
     * marriage of convenience", "a de facto alliance"), whatever its opening.
     */
    private static boolean labelsTheSubject(Tokens tokens, List<Match<ScaleCue>> cueMatches) {
        boolean opener = referringOpener(tokens);
        return cueMatches.stream()
                .anyMatch(m -> m.value().cue().weight() >= Cue.MAX_WEIGHT
                        || opener && m.value().cue().weight() >= 1);
    }

    /** How far into a claim a label may stand to be the one its opening pronoun is given ("It is a ..."). */
    private static final int LABEL_FIRST_REACH = 5;

    /**
     * Whether the claim opens with a pronoun or demonstrative and gives it a label of full weight in its first words
     * ("This is a strategic partnership in the proper sense: ... a shared dislike of American primacy"): someone
     * else named later in the sentence is a modifier of that label, not its subject.
     */
    private static boolean labelsFirst(Tokens tokens, List<Match<ScaleCue>> cueMatches) {
        boolean opener = referringOpener(tokens);
        return opener
                && cueMatches.stream()
                        .anyMatch(m -> m.start() <= LABEL_FIRST_REACH
                                && m.value().cue().weight() >= 1);
    }

    /** Verbs of naming that, as an imperative before "it" or "them", give the author's label: "Call it an entente". */
    private static final Set<String> NAMING_IMPERATIVES = Set.of("call", "label", "term", "dub");

    /**
     * Whether the claim opens with a word that refers back ("It is", "What exists is") or with an imperative that
     * names what was spoken of ("Call it an entente with teeth", "Call them rivals who smile").
     */
    private static boolean referringOpener(Tokens tokens) {
        if (tokens.size() < 2 || !tokens.isWord(0)) {
            return false;
        }
        return REFERRING_OPENERS.contains(tokens.word(0))
                || NAMING_IMPERATIVES.contains(tokens.word(0))
                        && tokens.isWord(1)
                        && Set.of("it", "them", "this", "that").contains(tokens.word(1));
    }

    private static boolean opensWithPlural(Tokens tokens) {
        return tokens.size() > 1 && tokens.isWord(0) && tokens.word(0).equals("they");
    }

    /** Verbs of need: negated, they deny the need, not what it would serve ("no longer need a treaty to ..."). */
    private static final Set<String> NEED_VERBS = Set.of("need", "needs", "needed", "require", "requires", "required");

    /**
     * Whether a verb of need with an object of its own and then "to" stands between the negation and the cue: "no
     * longer need a treaty to behave like allies" says they behave like allies without one. "do not need to form an
     * alliance" (no object) stays negated.
     */
    private static boolean needsForAPurpose(Tokens tokens, int negator, int cueStart) {
        for (int i = negator + 1; i < cueStart; i++) {
            if (tokens.isWord(i) && NEED_VERBS.contains(tokens.word(i))) {
                for (int j = i + 2; j < cueStart; j++) {
                    if (tokens.isWord(j) && tokens.word(j).equals("to")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quotation closes between the negation and the cue: the negation is part of a quoted name ("the “no
     * limits” friendship", "their "no-limits" partnership") and does not reach beyond it.
     */
    private static boolean closesAQuotation(String text, Tokens tokens, int negator, int cueStart) {
        String between = text.substring(tokens.start(negator), tokens.start(cueStart));
        String before = text.substring(0, tokens.start(negator));
        boolean openCurly = before.lastIndexOf('“') > before.lastIndexOf('”');
        boolean openStraight = before.chars().filter(c -> c == '"').count() % 2 == 1;
        return openCurly && between.indexOf('”') >= 0 || openStraight && between.indexOf('"') >= 0;
    }

    /** Verbs of belief and persuasion whose "that" clause a negation before them reaches. */
    private static final Set<String> BELIEF_VERBS = Set.of(
            "persuade",
            "persuades",
            "persuaded",
            "convince",
            "convinces",
            "convinced",
            "believe",
            "believes",
            "think",
            "thinks",
            "accept",
            "accepts",
            "sure");

    /** How many words may stand between a verb of belief and its "that" ("persuade me that", "believe for a moment that"). */
    private static final int BELIEF_REACH = 4;

    /**
     * A negated verb of belief whose "that" clause holds the cue: "Nor does the book persuade me that the tie is still
     * tightening", "I am not convinced that they are allies". The token index of the negation, else -1.
     */
    private int negatedBelief(Tokens tokens, int cueStart, List<Match<Boolean>> negations) {
        for (int k = cueStart - 1; k >= 0; k--) {
            if (!tokens.isWord(k) || clause.clauseWords().contains(tokens.word(k))) {
                return -1;
            }
            if (!tokens.word(k).equals("that")) {
                continue;
            }
            for (int v = k - 1; v >= 0 && v >= k - BELIEF_REACH && tokens.isWord(v); v--) {
                if (BELIEF_VERBS.contains(tokens.word(v))) {
                    return clause.markerBefore(tokens, v, negations, true);
                }
            }
        }
        return -1;
    }

    /** Words of readiness whose "to" clause a negation before them reaches ("neither side is prepared to ..."). */
    private static final Set<String> WILLINGNESS =
            Set.of("prepared", "willing", "ready", "eager", "inclined", "keen", "minded", "disposed");

    /** How many words may stand between "prepared to" and the cue ("to accept the obligations of a formal alliance"). */
    private static final int WILLINGNESS_REACH = 8;

    /**
     * A negated word of readiness whose "to" clause holds the cue: "neither side is prepared to accept the obligations
     * of a formal alliance", "Beijing is not ready to put its name to a military pact". The token index of the
     * negation, else -1.
     */
    private int negatedWillingness(Tokens tokens, int cueStart, List<Match<Boolean>> negations) {
        for (int k = cueStart - 1; k >= 1 && k >= cueStart - WILLINGNESS_REACH; k--) {
            if (!tokens.isWord(k) || clause.clauseWords().contains(tokens.word(k))) {
                return -1;
            }
            if (tokens.word(k).equals("to") && tokens.isWord(k - 1) && WILLINGNESS.contains(tokens.word(k - 1))) {
                return clause.markerBefore(tokens, k - 1, negations, true);
            }
        }
        return -1;
    }

    /** Verbs of stopping: "stops deepening", "ceased to grow closer" say the movement ends. */
    private static final Set<String> CESSATION = Set.of(
            "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "halt", "halts", "halted");

    /** The token index of a verb of stopping right before a trend word (a "to" between allowed), else -1. */
    private static int cessationBefore(Tokens tokens, int start) {
        int i = start - 1;
        if (i >= 0 && tokens.isWord(i) && tokens.word(i).equals("to")) {
            i--;
        }
        return i >= 0 && tokens.isWord(i) && CESSATION.contains(tokens.word(i)) ? i : -1;
    }

    /** What a trend verb may tighten or widen that is no tie: checks, controls, sanctions. */
    private static final Set<String> RESTRICTIONS = Set.of(
            "check",
            "checks",
            "control",
            "controls",
            "rule",
            "rules",
            "restriction",
            "restrictions",
            "scrutiny",
            "sanction",
            "sanctions",
            "curb",
            "curbs",
            "screening",
            "oversight",
            "enforcement",
            "requirement",
            "requirements",
            "compliance",
            "vetting");

    /** Words that may open the object of a trend verb: "tightened its checks", "widened the sanctions". */
    private static final Set<String> OBJECT_OPENERS = Set.of("its", "their", "the", "his", "her", "our", "own", "new");

    /**
     * Whether a trend verb acts on a restriction, not on the relationship: "lenders have tightened checks on payments",
     * "Washington tightened its secondary sanctions" (determiners and one more word allowed before the noun).
     */
    private static boolean restrictsSomethingElse(Tokens tokens, Match<?> m) {
        int i = m.end();
        while (i < tokens.size() && i < m.end() + 2 && tokens.isWord(i) && OBJECT_OPENERS.contains(tokens.word(i))) {
            i++;
        }
        for (int j = i; j < tokens.size() && j <= i + 1 && tokens.isWord(j); j++) {
            if (RESTRICTIONS.contains(tokens.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** Subject pronouns that refer back to what the claim before spoke of. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they");

    private static boolean opensWithPronoun(Tokens tokens) {
        return tokens.size() > 1 && tokens.isWord(0) && SUBJECT_PRONOUNS.contains(tokens.word(0));
    }

    /** How many words may stand between an antagonism noun and the growth word that says it grows. */
    private static final int ANTAGONISM_REACH = 4;

    /**
     * Whether a growth word is said of a noun of distance or rivalry in its clause: right before it ("deepening
     * mistrust", "a widening gap") or as its subject a few words back ("the competition is sharpening", "the rivalry
     * between them is real, it is growing" stops at the comma, so only the clause's own noun counts).
     */
    private boolean nearAntagonism(Tokens tokens, Match<?> word, List<Match<Boolean>> antagonists) {
        for (Match<Boolean> a : antagonists) {
            if (a.start() >= word.end() && a.start() - word.end() <= 1 && allWords(tokens, word.end(), a.start())) {
                return true;
            }
            if (a.end() <= word.start()
                    && word.start() - a.end() <= ANTAGONISM_REACH
                    && allWords(tokens, a.end(), word.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean allWords(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.isWord(i) || clause.clauseWords().contains(tokens.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** The middle of the scale and above is "closer"; below it, "further apart". */
    private boolean upper(ScaleLevel level) {
        return question.scale().indexOf(level) >= question.scale().size() / 2;
    }

    private Trend towards(ScaleLevel level) {
        return upper(level) ? Trend.STRENGTHENING : Trend.WEAKENING;
    }

    /** A naming verb (group 1) and up to 60 characters of the same clause before a verdict on the name. */
    private static final String NAMING_VERB_THEN =
            "\\b(call|calling|describe|describing|label|labelling|labeling|term|terming|dub|dubbing)\\b[^.;:!?]{1,60}?\\b";

    /**
     * A label named in order to be rejected: "Calling them allies would overstate it", "To describe the tie as an
     * alliance is a stretch", "Labelling it a rivalry is a mistake". Group 1: the naming verb; group 2: the verdict.
     */
    private static final Pattern NAMED_TO_BE_REJECTED = Pattern.compile(
            NAMING_VERB_THEN + "((would|will|is|was|are|seems)( be)?( an?| the)?"
                    + " (overstate|overstating|exaggerat\\w*|stretch|mistake|wrong|misleading|premature|overblown"
                    + "|misnomer|too strong|too much)|overstates|exaggerates|goes too far|misreads)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A label named as too little: "Calling them ordinary partners undersells what is going on", "To call it a
     * convenience understates it". Group 1: the naming verb; group 2: the verdict.
     */
    private static final Pattern NAMED_AS_TOO_LITTLE = Pattern.compile(
            NAMING_VERB_THEN + "((would|will|is|was|seems to)( be)? (understate|understating|undersell"
                    + "|underselling|understatement|underestimate)|understates|undersells|underestimates|sells \\w+ short)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The token index of the naming verb when the cue is the label named as too little ({@link #NAMED_AS_TOO_LITTLE}):
     * the relationship is then one step above it, as "more than partners" would say. Else -1.
     */
    private static int namedAsTooLittle(String text, Tokens tokens, Match<?> m) {
        return namingVerbBefore(NAMED_AS_TOO_LITTLE, text, tokens, m);
    }

    /**
     * The token index of the naming verb of a {@code pattern} match (group 1 before the cue, group 2, the verdict,
     * after it) that frames the cue {@code m}; else -1.
     */
    private static int namingVerbBefore(Pattern pattern, String text, Tokens tokens, Match<?> m) {
        java.util.regex.Matcher r = pattern.matcher(text);
        int cueStart = tokens.start(m.start());
        while (r.find()) {
            if (r.end(1) <= cueStart && tokens.end(m.end() - 1) <= r.start(2)) {
                for (int i = m.start() - 1; i >= 0; i--) {
                    if (tokens.start(i) == r.start(1)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The token index of the naming verb when the cue is the label named in a rejection ({@link
     * #NAMED_TO_BE_REJECTED}): the cue then counts as negated, as "not an alliance" would. Else -1.
     */
    private static int namedToBeRejected(String text, Tokens tokens, Match<?> m) {
        return namingVerbBefore(NAMED_TO_BE_REJECTED, text, tokens, m);
    }

    /** How many words may stand between an attributive trend word and the actor it describes. */
    private static final int ATTRIBUTE_REACH = 3;

    /**
     * Whether a trend word is an adjective of one of the actors, not the relationship's direction: after "a" or "an"
     * and before the actor's name a few words on ("a weakened but loyal Russia", "a strengthened China").
     */
    private boolean describesAnActor(Tokens tokens, Match<?> m) {
        if (m.start() == 0
                || !tokens.isWord(m.start() - 1)
                || !Set.of("a", "an").contains(tokens.word(m.start() - 1))) {
            return false;
        }
        return actorAliases.stream()
                .flatMap(a -> a.all(tokens).stream())
                .anyMatch(a -> a.start() >= m.end()
                        && a.start() - m.end() <= ATTRIBUTE_REACH
                        && allWordsBetween(tokens, m.end(), a.start()));
    }

    private static boolean allWordsBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.isWord(i)) {
                return false;
            }
        }
        return true;
    }

    /** Words that may stand between "more than" and the label it goes beyond ("more than a mere partnership"). */
    private static final Set<String> MORE_THAN_FILLERS = Set.of("a", "an", "just", "mere", "merely", "simply", "only");

    /**
     * The token index where "more than" (or "beyond") begins right before a cue, at most two filler words between
     * ("more than partners", "more than just a marriage of convenience", "beyond a partnership"), or -1. Farther
     * back it says something else ("more than a decade of strategic partnership").
     */
    private static int moreThan(Tokens tokens, int cueStart) {
        int i = cueStart - 1;
        int fillers = 0;
        while (i >= 0 && tokens.isWord(i) && MORE_THAN_FILLERS.contains(tokens.word(i)) && fillers < 2) {
            i--;
            fillers++;
        }
        if (i >= 0 && tokens.isWord(i) && tokens.word(i).equals("beyond")) {
            return i;
        }
        if (i >= 1
                && tokens.isWord(i)
                && tokens.word(i).equals("than")
                && tokens.isWord(i - 1)
                && tokens.word(i - 1).equals("more")) {
            return i - 1;
        }
        return -1;
    }

    /** The label one step up the scale (the top stays the top). */
    private ScaleLevel stepAbove(ScaleLevel level) {
        List<ScaleLevel> scale = question.scale();
        return scale.get(Math.min(scale.size() - 1, scale.indexOf(level) + 1));
    }

    /** Where a relationship moving towards {@code target} stands now: one step short of it, coming from the middle. */
    private ScaleLevel stateShortOf(ScaleLevel target) {
        List<ScaleLevel> scale = question.scale();
        int i = scale.indexOf(target);
        return upper(target) ? scale.get(Math.max(0, i - 1)) : scale.get(Math.min(scale.size() - 1, i + 1));
    }

    private static String quote(String text, Tokens tokens, int from, int to) {
        return text.substring(tokens.start(from), tokens.end(to - 1));
    }

    /** Markers that are part of a cue ("far from" in "far from cozy") mark nothing. */
    private static List<Match<Boolean>> outside(List<Match<Boolean>> markers, List<? extends Match<?>> cueMatches) {
        return markers.stream()
                .filter(n -> cueMatches.stream().noneMatch(n::overlaps))
                .toList();
    }

    /**
     * Nouns that make a label before them the name of a view, of the group holding it or of others' talk ("the axis
     * school", "the entente view", "the partnership thesis", "alliance talk").
     */
    private static final Set<String> GROUP_NOUNS = Set.of(
            "school",
            "schools",
            "camp",
            "camps",
            "view",
            "views",
            "thesis",
            "theses",
            "narrative",
            "narratives",
            "hypothesis",
            "theory",
            "theories",
            "crowd",
            "lobby",
            "argument",
            "arguments",
            "interpretation",
            "interpretations",
            // others' talk of the label: "alliance talk", "axis rhetoric", "bloc hype"
            "talk",
            "rhetoric",
            "chatter",
            "hype",
            "slogan",
            "slogans",
            "myth",
            "fantasy",
            "fantasies",
            "scare");

    /** Determiners that make the word after them a noun: "a pledge", "no vow", "any pledge". */
    private static final Set<String> NOUN_DETERMINERS = Set.of("a", "an", "no", "any", "every", "each", "such");

    /**
     * "Myth: they are equals.", "Claim: the two are allies.": the statement a fact-check or myth-buster examines is the
     * view it sets out to test, not the author's; the verdict that follows is.
     */
    private static final Pattern CHECKED_CLAIM = Pattern.compile(
            "^\\s*(the )?(myth|misconception|claim|false claim|common claim|what (they|critics|officials) say)"
                    + "( \\d+)?\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "Our reading: expect the partnership to keep widening", "My view: …": a source in the first person is the
     * author, whatever the attribution found.
     */
    static boolean firstPerson(String source) {
        return source != null && FIRST_PERSON_SOURCE.matcher(source.strip()).matches();
    }

    private static final Pattern FIRST_PERSON_SOURCE = Pattern.compile(
            "(i|we|us|(our|my) (own )?(reading|view|assessment|verdict|take|judgement|judgment|conclusion|answer"
                    + "|bottom line|analysis|forecast|expectation))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "The member, in her note, calls the relationship a de facto military alliance.", "One delegate described the
     * ties as ...": a third person's naming of the relationship is that person's view. Not the author's own "I call
     * it ...", "we describe ...", nor a naming denied ("Nobody calls it an alliance"), which stays the author's.
     */
    static boolean namedByOthers(String text) {
        java.util.regex.Matcher m = NAMED_BY_OTHERS.matcher(text.strip());
        return m.find() && !FIRST_PERSON_OR_DENIED.matcher(m.group(1)).find();
    }

    private static final Pattern NAMED_BY_OTHERS = Pattern.compile(
            "^([^;:“”\"]{2,90}?)\\b(calls|called|describes|described|labels|labelled|labeled|terms|termed|dubs|dubbed"
                    + "|characteri[sz]es|characteri[sz]ed)\\s+(the relationship|their relationship|the ties|their ties"
                    + "|the partnership|their partnership|the pair|the two|china and russia|russia and china"
                    + "|moscow and beijing|beijing and moscow)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern FIRST_PERSON_OR_DENIED = Pattern.compile(
            "^((but|and|so|still|yet),? )?(i|we|this (article|piece|column|essay|report|brief|memo|paper))\\b"
                    + "|\\b(nobody|no one|few|none|not|never|no)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a framing phrase marks the claim as others' view. A framing verb used as a noun after an indefinite or
     * negative determiner ("short of a pledge to fight", "no vow of support") frames nothing: it is what the
     * relationship has or lacks, not who says so.
     */
    private boolean framed(Tokens tokens) {
        return framing.all(tokens).stream()
                .anyMatch(f -> f.start() == 0
                        || !tokens.isWord(f.start() - 1)
                        || !NOUN_DETERMINERS.contains(tokens.word(f.start() - 1)));
    }

    /**
     * A cue right before a group noun names the people who hold that view, not the author's label for the
     * relationship: "the alliance camp argues …", "the partnership school has the better of the argument".
     */
    private static boolean namesAGroup(Tokens tokens, Match<?> m) {
        return m.end() < tokens.size() && tokens.isWord(m.end()) && GROUP_NOUNS.contains(tokens.word(m.end()));
    }

    /** A one-word cue capitalised inside a sentence is part of a name ("the Greater Eurasian Partnership"). */
    private static boolean isProperName(Tokens tokens, Match<?> m, String text) {
        return m.end() - m.start() == 1 && m.start() > 0 && Character.isUpperCase(text.charAt(tokens.start(m.start())));
    }

    /**
     * A cue right after a name that is none of the question's actors is that one's: "NATO allies", "Japan's
     * alliance with Washington", "the Western alliance". At the start of a sentence only an acronym or a possessive
     * counts as such a name ("Close allies" is an adjective).
     */
    private boolean someoneElses(Tokens tokens, Match<?> m, String text) {
        int before = m.start() - 1;
        if (before < 0 || !tokens.isWord(before)) {
            return false;
        }
        String word = text.substring(tokens.start(before), tokens.end(before));
        if (!Character.isUpperCase(word.codePointAt(0)) || DETERMINERS.contains(tokens.word(before))) {
            return false;
        }
        boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        if (before == 0 && !acronym && !tokens.word(before).endsWith("'s")) {
            return false;
        }
        return actorAliases.stream()
                .flatMap(a -> a.all(tokens).stream())
                .noneMatch(a -> a.start() <= before && before < a.end());
    }

    /** Which of the question's actors (by index) the claim names, by its tagged actors or by alias in its text. */
    private Set<Integer> actorsNamed(ExtractedClaim claim, Tokens tokens) {
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < question.actors().size(); i++) {
            QuestionActor actor = question.actors().get(i);
            boolean tagged = claim.actors() != null && claim.actors().stream().anyMatch(actor::isNamedBy);
            if (tagged || actorAliases.get(i).foundIn(tokens)) {
                named.add(i);
            }
        }
        return named;
    }

    /**
     * Two claims in a row that each name a part of the pair and together all of it ("Xi told reporters …", "Putin,
     * for his part, called the ties …") speak of the pair as one claim naming both would.
     */
    private boolean completes(Set<Integer> before, Set<Integer> now) {
        if (before.isEmpty() || now.isEmpty() || before.containsAll(now)) {
            return false;
        }
        Set<Integer> together = new HashSet<>(before);
        together.addAll(now);
        return together.size() == question.actors().size();
    }

    /** Whether the claim's tagger named an actor that is none of the question's ("NATO", "India"). */
    private boolean namesSomeoneElse(ExtractedClaim claim) {
        return claim.actors() != null
                && claim.actors().stream()
                        .anyMatch(a -> question.actors().stream().noneMatch(q -> q.isNamedBy(a)));
    }

    /**
     * Whether the actors are named together as the partners of someone else: "kept close ties with Russia and China",
     * "a less predictable partner for Moscow and Beijing" speak of a third country's relations, not of the pair's.
     * True when the claim names them as one coordinated pair ("A and B", "A & B") right after a {@code thirdParty}
     * marker (an optional "the" between).
     */
    private boolean someoneElsesPartners(String text, Tokens tokens) {
        if (question.actors().size() != 2 || question.thirdParty().isEmpty()) {
            return false;
        }
        List<Match<String>> first = actorAliases.get(0).all(tokens);
        List<Match<String>> second = actorAliases.get(1).all(tokens);
        List<Match<Boolean>> markers = thirdParty.all(tokens);
        for (Match<String> a : first) {
            for (Match<String> b : second) {
                Match<String> left = a.start() < b.start() ? a : b;
                Match<String> right = left == a ? b : a;
                String between = text.substring(tokens.end(left.end() - 1), tokens.start(right.start()));
                if (COORDINATORS.contains(between.strip().toLowerCase(Locale.ROOT))) {
                    int before =
                            left.start() > 0 && tokens.word(left.start() - 1).equals("the")
                                    ? left.start() - 1
                                    : left.start();
                    if (markers.stream().anyMatch(m -> m.end() == before)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "the two countries", or a scale cue right after a determiner: the claim continues the previous one. Not when
     * the claim names a pair of its own, one of the question's actors and someone else ("since Kim stepped up his
     * missile tests, the relationship with Beijing has soured"); and a cue after a determiner refers back only when
     * the claim names no one else at all (in "every Arctic state but Norway now belongs to the alliance", "the
     * alliance" is NATO's) and no claim since the pair was last named spoke of someone else alone ("NATO sent ships.
     * The alliance should stay."): such a cue refers to the nearest thing named.
     */
    private boolean refersBack(
            ExtractedClaim claim,
            Tokens tokens,
            List<Match<ScaleCue>> cueMatches,
            Set<Integer> named,
            boolean someoneElseSincePair) {
        boolean someoneElse = namesSomeoneElse(claim);
        if (someoneElse && !named.isEmpty()) {
            return false;
        }
        return references.foundIn(tokens)
                || !someoneElse
                        && !someoneElseSincePair
                        && cueMatches.stream().anyMatch(m -> determinerBefore(tokens, m.start()));
    }

    /** A cue in a question is non-committal, unless the question presupposes it ("the Moscow-Beijing quasi-alliance"). */
    private static double askedWeight(Tokens tokens, int cueStart) {
        return determinerBefore(tokens, cueStart) ? PRESUPPOSED_IN_QUESTION : 0;
    }

    private static boolean determinerBefore(Tokens tokens, int cueStart) {
        for (int i = cueStart - 1; i >= 0 && i >= cueStart - DETERMINER_REACH; i--) {
            if (!tokens.isWord(i)) {
                return false;
            }
            if (DETERMINERS.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }
}
