package io.claimbase.extract;

import io.claimbase.extract.DomainModel.Actor;
import io.claimbase.extract.DomainModel.EventType;
import io.claimbase.extract.DomainModel.Topic;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code topics.yaml}, {@code actors.yaml} and {@code events.yaml} with {@link DomainYaml} and validates them
 * (ids, duplicates, parents, aliases that name two actors, blank cues) into a {@link DomainModel}. Every failure is a
 * {@link DomainDataException} whose message starts with {@code file:line:}. The learned event-type model
 * ({@code models/event-type.tsv}), when present, is read by {@link LinearModel} and checked against the event types.
 */
final class DomainModelLoader {

    private static final Pattern TOPIC_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern PLAIN_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    record TopicsFile(List<Located<Topic>> topics, List<String> ignore) {}

    record ActorsFile(List<Located<Actor>> actors, List<String> ignore) {}

    record EventsFile(
            List<Located<EventType>> events, List<String> ignore, List<String> backdrop, DomainModel.Acts commentary) {}

    private DomainModelLoader() {}

    /** Loads and validates {@code topics.yaml}, {@code actors.yaml} and {@code events.yaml} from a folder. */
    static DomainModel load(Path folder) {
        Path topicsPath = folder.resolve(DomainModel.TOPICS_FILE);
        Path actorsPath = folder.resolve(DomainModel.ACTORS_FILE);
        Path eventsPath = folder.resolve(DomainModel.EVENTS_FILE);
        TopicsFile topicsFile = DomainYaml.read(topicsPath, TopicsFile.class);
        ActorsFile actorsFile = DomainYaml.read(actorsPath, ActorsFile.class);
        EventsFile eventsFile = DomainYaml.read(eventsPath, EventsFile.class);

        Map<String, Topic> topics = readTopics(topicsPath, topicsFile);
        Map<String, String> actorByKey = new HashMap<>();
        Map<String, Actor> actors = readActors(actorsPath, actorsFile, actorByKey);
        Map<String, EventType> events = readEvents(eventsPath, eventsFile, topics);
        checkPhrases(topicsPath, "ignore", topicsFile.ignore());
        checkPhrases(actorsPath, "ignore", actorsFile.ignore());
        checkPhrases(eventsPath, "ignore", eventsFile.ignore());
        checkPhrases(eventsPath, "backdrop", eventsFile.backdrop());
        if (eventsFile.commentary() != null) {
            checkPhrases(eventsPath, "commentary", eventsFile.commentary().verbs());
            checkPhrases(eventsPath, "commentary", eventsFile.commentary().objects());
        }
        return new DomainModel(
                folder,
                topics,
                actors,
                events,
                actorByKey,
                orEmpty(topicsFile.ignore()),
                orEmpty(actorsFile.ignore()),
                orEmpty(eventsFile.ignore()),
                orEmpty(eventsFile.backdrop()),
                eventsFile.commentary() == null ? new DomainModel.Acts(null, null) : eventsFile.commentary(),
                eventModel(folder.resolve(DomainModel.EVENT_MODEL_FILE), events.keySet()),
                kindModel(folder.resolve(DomainModel.KIND_MODEL_FILE)),
                topicModel(folder.resolve(DomainModel.TOPIC_MODEL_FILE), topics.keySet()),
                attributionModel(folder.resolve(DomainModel.ATTRIBUTION_MODEL_FILE)));
    }

    /** The learned claim-kind model (classes: the claim kinds in lowercase), or null when the folder has none. */
    private static LinearModel kindModel(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (ClaimKind kind : ClaimKind.values()) {
            classes.add(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return LinearModel.read(file, classes, DomainModel.KIND_MODEL_THRESHOLDS);
    }

    /** The learned attribution model (classes: author, reported), or null when the folder has none. */
    private static LinearModel attributionModel(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        return LinearModel.read(file, AttributionReader.CLASSES, DomainModel.ATTRIBUTION_MODEL_THRESHOLDS);
    }

    /** The learned topic model (classes: the topic ids), or null when the folder has none. */
    private static LinearModel topicModel(Path file, java.util.Set<String> topicIds) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        return LinearModel.read(file, topicIds, DomainModel.TOPIC_MODEL_THRESHOLDS);
    }

    /** The learned event-type model, validated against the event types, or null when the folder has none. */
    private static LinearModel eventModel(Path file, java.util.Set<String> eventIds) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        java.util.Set<String> classes = new java.util.HashSet<>(eventIds);
        classes.add(LinearModel.NONE);
        return LinearModel.read(file, classes, DomainModel.EVENT_MODEL_THRESHOLDS);
    }

    private static Map<String, Topic> readTopics(Path file, TopicsFile data) {
        List<Located<Topic>> entries = required(file, "topics", data.topics());
        Map<String, Topic> topics = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Located<Topic> entry : entries) {
            Topic topic = entry.value();
            String id = checkId(file, entry.line(), "topic", topic == null ? null : topic.id(), TOPIC_ID);
            if (topics.putIfAbsent(id, topic) != null) {
                throw fail(
                        file,
                        entry.line(),
                        "duplicate topic id '" + id + "' (first defined on line " + lines.get(id) + ")");
            }
            lines.put(id, entry.line());
            checkCues(file, entry.line(), "topic '" + id + "'", topic.cues(), false);
        }
        for (Located<Topic> entry : entries) {
            String parent = entry.value().parent();
            if (parent != null && !topics.containsKey(parent)) {
                throw fail(
                        file, entry.line(), "topic '" + entry.value().id() + "' has no parent topic '" + parent + "'");
            }
        }
        return topics;
    }

    private static Map<String, Actor> readActors(Path file, ActorsFile data, Map<String, String> actorByKey) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Located<Actor> entry : required(file, "actors", data.actors())) {
            Actor actor = entry.value();
            String id = checkId(file, entry.line(), "actor", actor == null ? null : actor.id(), PLAIN_ID);
            if (actors.putIfAbsent(id, actor) != null) {
                throw fail(
                        file,
                        entry.line(),
                        "duplicate actor id '" + id + "' (first defined on line " + lines.get(id) + ")");
            }
            lines.put(id, entry.line());
            if (actor.name() == null || actor.name().isBlank()) {
                throw fail(file, entry.line(), "actor '" + id + "' has no name");
            }
            if (actor.type() == null) {
                throw fail(file, entry.line(), "actor '" + id + "' has no type");
            }
            checkCues(file, entry.line(), "actor '" + id + "'", actor.aliases(), false);
            registerKey(file, entry.line(), actorByKey, lines, id, id);
            for (String alias : actor.allAliases()) {
                registerKey(file, entry.line(), actorByKey, lines, id, alias);
            }
        }
        return actors;
    }

    private static void registerKey(
            Path file, int line, Map<String, String> actorByKey, Map<String, Integer> lines, String id, String alias) {
        String key = DomainModel.key(alias);
        String owner = actorByKey.putIfAbsent(key, id);
        if (owner != null && !owner.equals(id)) {
            throw fail(
                    file,
                    line,
                    "alias '" + alias + "' of actor '" + id + "' already names actor '" + owner + "' (line "
                            + lines.get(owner) + ")");
        }
    }

    private static Map<String, EventType> readEvents(Path file, EventsFile data, Map<String, Topic> topics) {
        Map<String, EventType> events = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Located<EventType> entry : required(file, "events", data.events())) {
            EventType event = entry.value();
            String id = checkId(file, entry.line(), "event type", event == null ? null : event.id(), PLAIN_ID);
            if (events.putIfAbsent(id, event) != null) {
                throw fail(
                        file,
                        entry.line(),
                        "duplicate event type id '" + id + "' (first defined on line " + lines.get(id) + ")");
            }
            lines.put(id, entry.line());
            if (event.topic() != null && !topics.containsKey(event.topic())) {
                throw fail(file, entry.line(), "event type '" + id + "' names unknown topic '" + event.topic() + "'");
            }
            checkCues(file, entry.line(), "event type '" + id + "'", event.cues(), true);
            checkCues(
                    file,
                    entry.line(),
                    "event type '" + id + "' acts",
                    event.acts().verbs(),
                    false);
            checkCues(
                    file,
                    entry.line(),
                    "event type '" + id + "' acts",
                    event.acts().objects(),
                    false);
            if (event.acts().verbs().isEmpty() != event.acts().objects().isEmpty()) {
                throw fail(file, entry.line(), "event type '" + id + "' acts need both verbs and objects");
            }
        }
        return events;
    }

    private static <T> List<Located<T>> required(Path file, String key, List<Located<T>> list) {
        if (list == null || list.isEmpty()) {
            throw fail(file, 1, "missing or empty list '" + key + "'");
        }
        return list;
    }

    private static String checkId(Path file, int line, String what, String id, Pattern pattern) {
        if (id == null || id.isBlank()) {
            throw fail(file, line, what + " without an id");
        }
        if (!pattern.matcher(id).matches()) {
            throw fail(file, line, what + " id '" + id + "' must match " + pattern.pattern());
        }
        return id;
    }

    private static void checkCues(Path file, int line, String owner, List<String> cues, boolean required) {
        if (required && cues.isEmpty()) {
            throw fail(file, line, owner + " has no cues");
        }
        for (String cue : cues) {
            if (cue == null || DomainModel.key(cue).isEmpty()) {
                throw fail(file, line, owner + " has a blank cue or alias");
            }
        }
    }

    private static void checkPhrases(Path file, String key, List<String> phrases) {
        for (String phrase : orEmpty(phrases)) {
            if (phrase == null || DomainModel.key(phrase).isEmpty()) {
                throw fail(file, 0, "blank phrase in '" + key + "'");
            }
        }
    }

    private static DomainDataException fail(Path file, int line, String message) {
        return new DomainDataException(DomainYaml.at(file, line) + message);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
