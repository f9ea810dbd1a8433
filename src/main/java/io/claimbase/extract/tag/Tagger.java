package io.claimbase.extract.tag;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.Figure;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.PhraseMatcher.Options;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags one sentence with topics, an event type, actors, a time period and figures. Built once per
 * {@link DomainModel} (it precompiles the phrases of each layer into a {@link PhraseMatcher}); immutable and
 * thread-safe. Phrases are read on the atoms of {@link Tokens} ({@link Options#atoms()}): an uppercase letter in a
 * phrase must be uppercase in the text, topic and event cues also match the plural of their last word, "..." is a gap
 * of up to twenty tokens; an actor alias never inflects and its leading "the" is optional. Within a layer (topics,
 * actors, events, event backdrops) the longest phrase wins and matches never overlap; an ignore phrase wins like any
 * other and yields nothing.
 * <ul>
 * <li>topics: the topics of the selected cues plus the topic the event type implies, reduced to the most specific
 * ones (a topic is dropped when one of its descendants is present), in order of first mention;</li>
 * <li>event type: the one whose selected cue is strongest (words in the cue + the event's priority; ties go to the
 * earlier cue), leaving out cues that follow a backdrop phrase closely, counted in words ("ahead of the summit",
 * "amid sanctions", "no treaty", "each new sanction", "if they sign the deal"). Besides its fixed cues, an event is
 * read from its acts, a verb in any form near an object in the same clause ("inked a preliminary accord", "the
 * drills were staged", see {@link WordForms}); and not read where it is the subject of a verb of meaning, a thing
 * talked about ("the visit showed", "the joint statement says");</li>
 * <li>actors: canonical ids in order of first mention;</li>
 * <li>time: see {@link TimeTagger}; figures: see {@link FigureTagger}.</li>
 * </ul>
 */
public final class Tagger {

    /** An event cue that starts fewer than this many words after a backdrop phrase is not counted. */
    static final int BACKDROP_REACH = 4;

    /** How many tokens may stand between the verb and the object of an event's act ("inked a 10-year supply accord"). */
    static final int ACT_REACH = 4;

    /** How many tokens may stand between an event and the verb of meaning it is the subject of ("the visit actually showed"). */
    static final int COMMENTARY_REACH = 1;

    /**
     * A pact or treaty named after a backdrop phrase that makes it no particular one ("no treaty", "any pact", "short
     * of a pact", "has never signed a treaty", "waiting for a treaty"), or named as formal, written or binding, is the
     * question of how far two states are allied, not a negotiation: its topic is {@link #ALIGNMENT}, not
     * {@link #DIPLOMACY} (the readable sets' annotators: 79 of 84 such claims on alignment, 11 on diplomacy).
     */
    static final Set<String> PACT_WORDS = Set.of("treaty", "treaties", "pact", "pacts");

    /** Words that make a pact the commitment of an alliance rather than a document negotiated ("a formal pact"). */
    static final Set<String> PACT_QUALIFIERS = Set.of("formal", "written", "binding");

    static final String DIPLOMACY = "diplomacy";
    static final String ALIGNMENT = "geopolitics.alignment";

    /** The layers of phrases, each matched on its own; at the same place a longer match comes first, then by layer. */
    private enum Layer {
        TOPIC,
        ACTOR,
        EVENT,
        BACKDROP
    }

    /** A phrase's layer and target (a topic, actor or event id; null for an ignore phrase) and its event priority. */
    private record Cue(Layer layer, String target, int priority) {}

    private final List<PhraseMatcher<Cue>> layers;
    private final TopicTree tree;
    private final Map<String, String> eventTopics = new HashMap<>();
    private final TimeTagger times = new TimeTagger();
    private final FigureTagger figures = new FigureTagger();
    private final LinearModel eventModel;

    public Tagger(DomainModel domain) {
        PhraseMatcher<Cue> topicCues = new PhraseMatcher<>(Options.atoms());
        domain.topics().forEach(topic -> topicCues.addAll(topic.cues(), new Cue(Layer.TOPIC, topic.id(), 0)));
        topicCues.addAll(domain.ignoredTopicPhrases(), new Cue(Layer.TOPIC, null, 0));
        PhraseMatcher<Cue> actorAliases = new PhraseMatcher<>(
                Options.atoms().withInflection(PhraseMatcher.Inflection.NONE).withOptionalThe());
        domain.actors().forEach(actor -> actorAliases.addAll(actor.allAliases(), new Cue(Layer.ACTOR, actor.id(), 0)));
        actorAliases.addAll(domain.ignoredActorPhrases(), new Cue(Layer.ACTOR, null, 0));
        PhraseMatcher<Cue> eventCues = new PhraseMatcher<>(Options.atoms());
        // ignore phrases first: at equal length the phrase added first wins, and a gapped ignore phrase ("signed
        // no ... pact") covers the same words as the act it sets aside ("signed ... pact")
        eventCues.addAll(domain.ignoredEventPhrases(), new Cue(Layer.EVENT, null, 0));
        for (DomainModel.EventType event : domain.eventTypes()) {
            Cue cue = new Cue(Layer.EVENT, event.id(), event.priority());
            eventCues.addAll(event.cues(), cue);
            acts(event.acts()).forEach(act -> eventCues.addPair(act, cue, ACT_REACH));
        }
        commentary(domain.eventCommentary())
                .forEach(phrase -> eventCues.addPair(phrase, new Cue(Layer.EVENT, null, 0), COMMENTARY_REACH));
        PhraseMatcher<Cue> backdrops = new PhraseMatcher<>(Options.atoms());
        domain.eventBackdropPhrases().forEach(phrase -> backdrops.add(phrase, new Cue(Layer.BACKDROP, phrase, 0)));
        this.layers = List.of(topicCues, actorAliases, eventCues, backdrops);
        this.eventModel = domain.eventModel().orElse(null);
        tree = new TopicTree(domain);
        domain.eventTypes().stream()
                .filter(event -> event.topic() != null)
                .forEach(event -> eventTopics.put(event.id(), event.topic()));
    }

    /** sentenceStart = offset of the sentence in the cleaned text, so figure spans are absolute. */
    public Tags tag(String sentence, int sentenceStart, LocalDate publishedOn) {
        return tag(sentence, Tokens.of(sentence), sentenceStart, publishedOn, null);
    }

    /**
     * As {@link #tag(String, int, LocalDate)}, with the sentence's atoms ({@link Tokens#of}) already read and the
     * event the cue lists read in the claim before it ({@code previousCue}, {@link Tags#cueEvent()}; null: none or no
     * claim before), which the event model reads: a sentence that gives a just-reported deal's terms or a summit's
     * outcome often names no event of its own.
     */
    public Tags tag(String sentence, Tokens tokens, int sentenceStart, LocalDate publishedOn, String previousCue) {
        Scan scan = scan(tokens);
        String eventType = eventModel == null ? scan.cue() : fuse(scan.evidence(sentence, tokens, previousCue));
        List<String> topics = scan.topics();
        if (eventType != null && eventTopics.containsKey(eventType)) {
            int at = eventType.equals(scan.cue()) ? insertionPoint(scan.matches(), scan.event()) : topics.size();
            topics.add(at, eventTopics.get(eventType));
        }
        TimePeriod time = times.find(sentence, tokens, publishedOn);
        List<Figure> cited = figures.find(sentence, tokens, sentenceStart);
        return new Tags(tree.mostSpecific(topics), eventType, List.copyOf(scan.actors()), time, cited, scan.cue());
    }

    /** The topics the topic cues read in a line (a title), most specific ones only. */
    public List<String> topicsOf(String text) {
        return tree.mostSpecific(scan(Tokens.of(text)).topics());
    }

    /**
     * What the cue lists say about a sentence's event, and the features the learned model reads from it (for the
     * offline trainer; {@link #tag} uses the same).
     */
    public EventEvidence eventEvidence(String sentence) {
        return eventEvidence(sentence, null);
    }

    /** As {@link #eventEvidence(String)}, after a claim whose cue event was {@code previousCue} (null: none). */
    public EventEvidence eventEvidence(String sentence, String previousCue) {
        Tokens tokens = Tokens.of(sentence);
        return scan(tokens).evidence(sentence, tokens, previousCue);
    }

    /**
     * The cue lists' event type (null: none), the distinct event types of every cue not set aside by a backdrop
     * ({@code candidates}), and the model's features.
     */
    public record EventEvidence(String cue, Set<String> candidates, List<String> features) {}

    /**
     * The fusion of the cue lists with the learned model, each rule one comparison with a threshold of the model
     * file (a threshold of 1 switches its rule off):
     * <ul>
     * <li><b>veto</b>: a cue's event is dropped when the model gives "no event" a probability above {@code veto};</li>
     * <li><b>choose</b>: when cues of several event types fired, the model's most probable of them is taken if its
     * probability is above {@code choose} (else the strongest cue's);</li>
     * <li><b>add</b>: where no cue fired, the model's most probable event type is taken if its probability is above
     * {@code add}.</li>
     * </ul>
     */
    String fuse(EventEvidence evidence) {
        return fuse(
                eventModel.classes(),
                eventModel.probabilities(evidence.features()),
                evidence,
                eventModel.threshold("veto", 1),
                eventModel.threshold("choose", 1),
                eventModel.threshold("add", 1));
    }

    /** The fusion rules above with given probabilities and thresholds (the trainer picks thresholds with it). */
    public static String fuse(
            List<String> classes,
            Map<String, Double> p,
            EventEvidence evidence,
            double veto,
            double choose,
            double add) {
        String cue = evidence.cue();
        if (cue != null) {
            if (p.getOrDefault(LinearModel.NONE, 0.0) > veto) {
                return null;
            }
            if (evidence.candidates().size() > 1) {
                String best = mostProbable(p, evidence.candidates());
                if (best != null && p.get(best) > choose) {
                    return best;
                }
            }
            return cue;
        }
        String best = mostProbable(p, classes);
        return best != null && p.get(best) > add ? best : null;
    }

    /** The most probable event type (not "none") among the given ones, or null. */
    private static String mostProbable(Map<String, Double> p, java.util.Collection<String> among) {
        String best = null;
        for (String type : among) {
            if (!type.equals(LinearModel.NONE) && p.containsKey(type) && (best == null || p.get(type) > p.get(best))) {
                best = type;
            }
        }
        return best;
    }

    /** One pass of the cue lists over a sentence. */
    private record Scan(
            List<Match<Cue>> matches,
            List<String> topics,
            Set<String> actors,
            Match<Cue> event,
            Set<String> candidates,
            Set<String> mentioned,
            boolean backdrop) {

        String cue() {
            return event == null ? null : event.value().target();
        }

        EventEvidence evidence(String sentence, Tokens tokens, String previousCue) {
            List<String> features = new ArrayList<>(EventFeatures.of(tokens, cue(), candidates, mentioned, backdrop));
            features.addAll(EventFeatures.previous(previousCue, cue()));
            features.addAll(EventFeatures.structure(
                    sentence, tokens, event == null ? -1 : event.start(), event == null ? 0 : event.end()));
            if (event != null) {
                features.addAll(EventFeatures.cue(tokens, event.start(), event.words()));
            }
            return new EventEvidence(cue(), java.util.Collections.unmodifiableSet(candidates), features);
        }
    }

    private Scan scan(Tokens tokens) {
        List<Match<Cue>> matches = match(tokens);
        Set<String> actors = new LinkedHashSet<>();
        List<String> topics = new ArrayList<>();
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> mentioned = new LinkedHashSet<>();
        Match<Cue> event = null;
        int backdropEnd = -1;
        for (Match<Cue> match : matches) {
            String target = match.value().target();
            switch (match.value().layer()) {
                case ACTOR -> actors.add(target);
                case TOPIC -> topics.add(unrealPact(tokens, match, backdropEnd) ? ALIGNMENT : target);
                case BACKDROP -> backdropEnd = Math.max(backdropEnd, match.end());
                case EVENT -> {
                    mentioned.add(target);
                    if (backdropEnd < 0 || words(tokens, backdropEnd, match.start()) >= BACKDROP_REACH) {
                        event = stronger(event, match);
                        candidates.add(target);
                    }
                }
            }
        }
        return new Scan(matches, topics, actors, event, candidates, mentioned, backdropEnd >= 0);
    }

    /**
     * Whether a diplomacy cue is a pact of no particular signing ({@link #PACT_WORDS}): after a backdrop phrase ending
     * at {@code backdropEnd} (-1: none), fewer than {@link #BACKDROP_REACH} words before it, or right after a word of
     * {@link #PACT_QUALIFIERS} (an adjective between them allowed: "a formal military pact").
     */
    private static boolean unrealPact(Tokens tokens, Match<Cue> match, int backdropEnd) {
        if (!DIPLOMACY.equals(match.value().target()) || !PACT_WORDS.contains(tokens.word(match.start()))) {
            return false;
        }
        if (backdropEnd >= 0
                && backdropEnd <= match.start()
                && words(tokens, backdropEnd, match.start()) < BACKDROP_REACH) {
            return true;
        }
        for (int i = match.start() - 1; i >= 0 && i >= match.start() - 2 && tokens.isWord(i); i--) {
            if (PACT_QUALIFIERS.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many words (not punctuation) tokens {@code [from, to)} hold. */
    private static int words(Tokens tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            words += tokens.isWord(i) ? 1 : 0;
        }
        return words;
    }

    /** An event's acts as gapped phrases, verb before object ("signed ... accord") and after ("accord ... signed"). */
    static List<String> acts(DomainModel.Acts acts) {
        List<String> phrases = new ArrayList<>();
        pairs(acts, (verb, object) -> {
            phrases.add(verb + " ... " + object);
            phrases.add(object + " ... " + verb);
        });
        return phrases;
    }

    /** Commentary on an event as gapped phrases, the event before the verb ("visit ... showed"). */
    static List<String> commentary(DomainModel.Acts commentary) {
        List<String> phrases = new ArrayList<>();
        pairs(commentary, (verb, object) -> phrases.add(object + " ... " + verb));
        return phrases;
    }

    /** Every form of every verb with every form of every object. */
    private static void pairs(DomainModel.Acts acts, java.util.function.BiConsumer<String, String> pair) {
        for (String verb : acts.verbs()) {
            for (String verbForm : WordForms.verb(verb)) {
                for (String object : acts.objects()) {
                    for (String objectForm : WordForms.noun(object)) {
                        pair.accept(verbForm, objectForm);
                    }
                }
            }
        }
    }

    /** The selected matches of every layer but ignore phrases, in reading order. */
    private List<Match<Cue>> match(Tokens tokens) {
        List<Match<Cue>> matches = new ArrayList<>();
        for (PhraseMatcher<Cue> layer : layers) {
            for (Match<Cue> match : layer.longest(tokens)) {
                if (match.value().target() != null) {
                    matches.add(match);
                }
            }
        }
        matches.sort(Comparator.comparingInt((Match<Cue> m) -> m.start())
                .thenComparingInt(m -> -m.length())
                .thenComparing(m -> m.value().layer()));
        return matches;
    }

    private static Match<Cue> stronger(Match<Cue> best, Match<Cue> candidate) {
        return best == null || strength(candidate) > strength(best) ? candidate : best;
    }

    private static int strength(Match<Cue> match) {
        return match.words() + match.value().priority();
    }

    /** Where the event's topic goes in reading order: after the topics mentioned before the event cue. */
    private static int insertionPoint(List<Match<Cue>> matches, Match<Cue> event) {
        int index = 0;
        for (Match<Cue> match : matches) {
            if (match.start() >= event.start()) {
                break;
            }
            if (match.value().layer() == Layer.TOPIC) {
                index++;
            }
        }
        return index;
    }
}
