package io.claimbase.vocabulary;

import io.claimbase.extract.DomainModel;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the vocabulary endpoints answer: the ids the claim filters check against, with what a filter list shows. */
final class VocabularyViews {

    private VocabularyViews() {}

    /** A node of the topic taxonomy; a claim filter on a topic also matches its descendants. */
    @Schema(name = "Topic")
    record TopicView(
            @Schema(description = "Id, as `topic` filters take it; a dot makes a child", examples = "energy.gas")
            String id,

            @Schema(examples = "Natural gas") String label,

            @Schema(
                    description = "The parent topic's id, `null` for a root topic",
                    examples = "energy",
                    nullable = true)
            String parent,

            @Schema(description = "Ids of the direct children, in id order", examples = "[]")
            List<String> children) {

        static TopicView of(DomainModel domain, DomainModel.Topic topic) {
            List<String> children = domain.topics().stream()
                    .filter(t -> topic.id().equals(t.parent()))
                    .map(DomainModel.Topic::id)
                    .sorted()
                    .toList();
            return new TopicView(topic.id(), topic.label(), topic.parent(), children);
        }
    }

    /** An event type; a claim has at most one. */
    @Schema(name = "EventType")
    record EventView(
            @Schema(description = "Id, as `event` filters take it", examples = "arms-sale")
            String id,

            @Schema(description = "The id in words, for display", examples = "Arms sale")
            String label,

            @Schema(
                    description = "A topic the event implies (an exercise is about `military.exercises`), "
                            + "`null` when it implies none",
                    examples = "military.arms",
                    nullable = true)
            String topic) {

        static EventView of(DomainModel.EventType event) {
            String words = event.id().replace('-', ' ');
            return new EventView(
                    event.id(), words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1), event.topic());
        }
    }

    /** An entry of the actor gazetteer. */
    @Schema(name = "Actor")
    record ActorView(
            @Schema(description = "Canonical id, as `actor` filters and claims carry it", examples = "russia")
            String id,

            @Schema(examples = "Russia") String name,

            @Schema(
                    description = "What kind of actor it is",
                    enumeration = {"country", "person", "organisation", "company", "group"},
                    examples = "country")
            String kind,

            @Schema(
                    description =
                            "Other names the extractor recognises in a text (an `actor` filter takes " + "them too)",
                    examples = "[\"Russian\", \"Moscow\", \"Kremlin\"]")
            List<String> aliases) {

        static ActorView of(DomainModel.Actor actor) {
            return new ActorView(
                    actor.id(),
                    actor.name(),
                    actor.type().name().toLowerCase(Locale.ROOT),
                    actor.aliases().stream()
                            .filter(a -> !a.equals(actor.name()))
                            .toList());
        }
    }
}
