package io.claimbase.extract.tag;

import io.claimbase.extract.DomainModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topic taxonomy's ancestry, read once from the domain model: which ids a topic implies, and a set of topics
 * reduced to its most specific ids ({@code energy.gas} implies {@code energy}). Immutable and thread-safe.
 */
final class TopicTree {

    private final Map<String, List<String>> ancestors = new HashMap<>();

    TopicTree(DomainModel domain) {
        domain.topicIds().forEach(id -> ancestors.put(id, domain.ancestors(id)));
    }

    /** Distinct topics without any topic that is an ancestor of another one, in order. */
    List<String> mostSpecific(Collection<String> topics) {
        Set<String> distinct = new LinkedHashSet<>(topics);
        Set<String> implied = new HashSet<>();
        distinct.forEach(topic -> implied.addAll(ancestors.getOrDefault(topic, List.of())));
        return distinct.stream().filter(topic -> !implied.contains(topic)).toList();
    }

    /** The topics with all their ancestors, in order. */
    Set<String> withAncestors(Collection<String> topics) {
        Set<String> all = new LinkedHashSet<>();
        for (String topic : topics) {
            all.add(topic);
            all.addAll(ancestors.getOrDefault(topic, List.of()));
        }
        return all;
    }
}
