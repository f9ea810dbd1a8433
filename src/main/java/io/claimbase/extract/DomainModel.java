package io.claimbase.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The domain data that drives tagging, loaded from YAML files in one folder (the repository's {@code seeds/domain}):
 * <ul>
 * <li>{@code topics.yaml}: the topic taxonomy ({@code energy.gas} is a child of {@code energy}) with cue phrases;</li>
 * <li>{@code actors.yaml}: the gazetteer of countries, people, organisations and companies with their aliases;</li>
 * <li>{@code events.yaml}: event types with cue phrases.</li>
 * </ul>
 * Each file may also list {@code ignore} phrases: longer phrases that contain a cue or alias but must not count
 * ("South China Sea" names no actor, "Cold War" is no war); {@code events.yaml} also lists {@code backdrop} phrases
 * (see {@link #eventBackdropPhrases()}). This class holds the records and the lookups; {@link DomainModelLoader}
 * reads and validates the files and fails with a {@link DomainDataException} whose message starts with
 * {@code file:line:}. Other files in the folder (such as the
 * cue lists of other pipeline stages) are not read here; {@link #folder()} and {@link DomainYaml} let their owners
 * load them the same way. Immutable and thread-safe once loaded.
 */
public final class DomainModel {

    public static final String TOPICS_FILE = "topics.yaml";
    public static final String ACTORS_FILE = "actors.yaml";
    public static final String EVENTS_FILE = "events.yaml";

    /** The learned event-type model (optional): {@code models/event-type.tsv}, see {@link LinearModel}. */
    public static final String EVENT_MODEL_FILE = "models/event-type.tsv";

    /** The thresholds the event-type model may carry (see {@code Tagger}). */
    public static final Set<String> EVENT_MODEL_THRESHOLDS = Set.of("veto", "add", "choose");

    /** The learned claim-kind model (optional): {@code models/claim-kind.tsv}, see {@link LinearModel}. */
    public static final String KIND_MODEL_FILE = "models/claim-kind.tsv";

    /** The thresholds the claim-kind model may carry (see {@code ClaimClassifier}). */
    public static final Set<String> KIND_MODEL_THRESHOLDS = Set.of("switch");

    /** The learned topic model (optional): {@code models/topics.tsv}, see {@link LinearModel}. */
    public static final String TOPIC_MODEL_FILE = "models/topics.tsv";

    /** The thresholds the topic model may carry (see {@code TopicReader}). */
    public static final Set<String> TOPIC_MODEL_THRESHOLDS = Set.of("drop", "add", "fill");

    /** The learned attribution model (optional): {@code models/attribution.tsv}, see {@link LinearModel}. */
    public static final String ATTRIBUTION_MODEL_FILE = "models/attribution.tsv";

    /** The thresholds the attribution model may carry (see {@code AttributionReader}). */
    public static final Set<String> ATTRIBUTION_MODEL_THRESHOLDS = Set.of("to-reported", "to-author");

    /** A node of the taxonomy; its parent is the id without its last dotted segment. */
    public record Topic(String id, String label, List<String> cues) {

        public Topic {
            cues = cues == null ? List.of() : List.copyOf(cues);
        }

        /** The parent id, or null for a root topic. */
        public String parent() {
            int dot = id.lastIndexOf('.');
            return dot < 0 ? null : id.substring(0, dot);
        }
    }

    public enum ActorType {
        @JsonProperty("country")
        COUNTRY,
        @JsonProperty("person")
        PERSON,
        @JsonProperty("organisation")
        ORGANISATION,
        @JsonProperty("company")
        COMPANY,
        @JsonProperty("group")
        GROUP
    }

    /** A gazetteer entry. Its display name is also an alias. */
    public record Actor(String id, String name, ActorType type, List<String> aliases) {

        public Actor {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        /** The name followed by the aliases, without repeats. */
        public List<String> allAliases() {
            List<String> all = new ArrayList<>();
            all.add(name);
            aliases.stream().filter(a -> !a.equals(name)).forEach(all::add);
            return all;
        }
    }

    /**
     * An event type. {@code topic}, when given, is implied by the event (an exercise is about
     * {@code military.exercises}); {@code priority} is added to the strength of its cues when several event types
     * match one sentence. A cue may contain {@code ...} for a gap of a few words ("made ... available for sale").
     * {@code acts}: the event described by what is done to it, a verb in any form near one of its objects.
     */
    public record EventType(String id, String topic, Integer priority, List<String> cues, Acts acts) {

        public EventType {
            priority = priority == null ? 0 : priority;
            cues = cues == null ? List.of() : List.copyOf(cues);
            acts = acts == null ? new Acts(null, null) : acts;
        }

        public EventType(String id, String topic, Integer priority, List<String> cues) {
            this(id, topic, priority, cues, null);
        }
    }

    /**
     * Verb–object pairs that describe an event in words no fixed cue lists: a verb of {@code verbs} in any form
     * ("ink": inks, inked, inking; an irregular past after a slash, "strike/struck", or past and participle,
     * "begin/began/begun"; in a verb of several words the first one inflects, "kick off") and, a few words before
     * or after it, one of {@code objects} or its plural ("inked a preliminary accord", "the drills were staged").
     */
    public record Acts(List<String> verbs, List<String> objects) {

        public Acts {
            verbs = verbs == null ? List.of() : List.copyOf(verbs);
            objects = objects == null ? List.of() : List.copyOf(objects);
        }
    }

    private final Path folder;
    private final Map<String, Topic> topics;
    private final Map<String, Actor> actors;
    private final Map<String, EventType> events;
    private final Map<String, String> actorByKey;
    private final List<String> ignoredTopicPhrases;
    private final List<String> ignoredActorPhrases;
    private final List<String> ignoredEventPhrases;
    private final List<String> eventBackdropPhrases;
    private final Acts eventCommentary;
    private final LinearModel eventModel;
    private final LinearModel kindModel;
    private final LinearModel topicModel;
    private final LinearModel attributionModel;

    DomainModel(
            Path folder,
            Map<String, Topic> topics,
            Map<String, Actor> actors,
            Map<String, EventType> events,
            Map<String, String> actorByKey,
            List<String> ignoredTopicPhrases,
            List<String> ignoredActorPhrases,
            List<String> ignoredEventPhrases,
            List<String> eventBackdropPhrases,
            Acts eventCommentary,
            LinearModel eventModel,
            LinearModel kindModel,
            LinearModel topicModel,
            LinearModel attributionModel) {
        this.folder = folder;
        this.topics = Collections.unmodifiableMap(topics);
        this.actors = Collections.unmodifiableMap(actors);
        this.events = Collections.unmodifiableMap(events);
        this.actorByKey = Map.copyOf(actorByKey);
        this.ignoredTopicPhrases = ignoredTopicPhrases;
        this.ignoredActorPhrases = ignoredActorPhrases;
        this.ignoredEventPhrases = ignoredEventPhrases;
        this.eventBackdropPhrases = eventBackdropPhrases;
        this.eventCommentary = eventCommentary;
        this.eventModel = eventModel;
        this.kindModel = kindModel;
        this.topicModel = topicModel;
        this.attributionModel = attributionModel;
    }

    /**
     * The learned event-type model fused with the event cues ({@code models/event-type.tsv}), if the folder has one.
     */
    public Optional<LinearModel> eventModel() {
        return Optional.ofNullable(eventModel);
    }

    /** This domain with another event-type model (null: the cue lists alone), for training and evaluation. */
    public DomainModel withEventModel(LinearModel model) {
        return withModels(model, kindModel, topicModel, attributionModel);
    }

    /** The learned claim-kind model fused with the kind cues ({@code models/claim-kind.tsv}), if the folder has one. */
    public Optional<LinearModel> kindModel() {
        return Optional.ofNullable(kindModel);
    }

    /** This domain with another claim-kind model (null: the kind cues alone), for training and evaluation. */
    public DomainModel withKindModel(LinearModel model) {
        return withModels(eventModel, model, topicModel, attributionModel);
    }

    /**
     * The learned topic model fused with the topic cues and their context ({@code models/topics.tsv}), if the folder
     * has one.
     */
    public Optional<LinearModel> topicModel() {
        return Optional.ofNullable(topicModel);
    }

    /** This domain with another topic model (null: the topic cues alone), for training and evaluation. */
    public DomainModel withTopicModel(LinearModel model) {
        return withModels(eventModel, kindModel, model, attributionModel);
    }

    /**
     * The learned attribution model fused with the attribution rules and their context ({@code models/attribution.tsv}),
     * if the folder has one.
     */
    public Optional<LinearModel> attributionModel() {
        return Optional.ofNullable(attributionModel);
    }

    /** This domain with another attribution model (null: the attribution rules alone), for training and evaluation. */
    public DomainModel withAttributionModel(LinearModel model) {
        return withModels(eventModel, kindModel, topicModel, model);
    }

    private DomainModel withModels(LinearModel event, LinearModel kind, LinearModel topic, LinearModel attribution) {
        return new DomainModel(
                folder,
                topics,
                actors,
                events,
                actorByKey,
                ignoredTopicPhrases,
                ignoredActorPhrases,
                ignoredEventPhrases,
                eventBackdropPhrases,
                eventCommentary,
                event,
                kind,
                topic,
                attribution);
    }

    /** Loads and validates {@code topics.yaml}, {@code actors.yaml} and {@code events.yaml} from a folder. */
    public static DomainModel load(Path folder) {
        return DomainModelLoader.load(folder);
    }

    /**
     * The lookup key of an id or alias: lowercase, punctuation and hyphens as single spaces, without a leading
     * "the" ("the Kremlin", "kremlin" and "Kremlin" are one key; so are "U.S." and "u s").
     */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '&' || c == '+') {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space && c != '\'' && c != '\u2019') {
                out.append(' ');
                space = true;
            }
        }
        String key = out.toString().strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** The folder the data was loaded from, for loaders of other files in it. */
    public Path folder() {
        return folder;
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Set<String> topicIds() {
        return topics.keySet();
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** The ancestors of a topic, nearest first ({@code military.arms} → {@code [military]}); empty for a root. */
    public List<String> ancestors(String topicId) {
        List<String> ancestors = new ArrayList<>();
        Topic topic = topics.get(topicId);
        String parent = topic == null ? null : topic.parent();
        while (parent != null) {
            ancestors.add(parent);
            parent = topics.get(parent).parent();
        }
        return ancestors;
    }

    /** A topic id and all its ancestors, the topic itself first. */
    public List<String> selfAndAncestors(String topicId) {
        List<String> all = new ArrayList<>();
        all.add(topicId);
        all.addAll(ancestors(topicId));
        return all;
    }

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /**
     * The canonical actor id for an id, a name or an alias, case-insensitively ("Beijing", "beijing", "china" →
     * {@code china}; "the Kremlin" → {@code russia}).
     */
    public Optional<String> resolveActor(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        String id = idOrAlias.strip().toLowerCase(Locale.ROOT);
        if (actors.containsKey(id)) {
            return Optional.of(id);
        }
        return Optional.ofNullable(actorByKey.get(key(idOrAlias)));
    }

    public List<EventType> eventTypes() {
        return List.copyOf(events.values());
    }

    public Set<String> eventTypeIds() {
        return events.keySet();
    }

    public Optional<EventType> eventType(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public List<String> ignoredTopicPhrases() {
        return ignoredTopicPhrases;
    }

    public List<String> ignoredActorPhrases() {
        return ignoredActorPhrases;
    }

    public List<String> ignoredEventPhrases() {
        return ignoredEventPhrases;
    }

    /**
     * Phrases after which an event cue names no event of the claim's own: a time anchor ("ahead of the summit"), a
     * backdrop ("amid sanctions") or no particular event ("no treaty", "any deal").
     */
    public List<String> eventBackdropPhrases() {
        return eventBackdropPhrases;
    }

    /**
     * An event named as the subject of a verb of meaning is a thing talked about, not an event the claim reports:
     * "the visit showed …", "the joint statement says …". Objects (event nouns) followed within a few words by one
     * of the verbs (in any form).
     */
    public Acts eventCommentary() {
        return eventCommentary;
    }
}
