package io.claimbase.extract.position;

import io.claimbase.extract.ExtractedPosition.Trend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The one-sentence rationale of a position, built from its evidence. */
final class Rationale {

    private static final int QUOTES = 3;

    private Rationale() {}

    /**
     * @param usual why the trend is the one usual with the label ("says no direction"), or null when the author's words
     *              gave it
     */
    static String decided(String label, Trend trend, String usual, List<ClaimReading> readings) {
        List<String> parts = new ArrayList<>();
        parts.add("the author calls the relationship " + label
                + quotes(readings, l -> counted(l) && !l.negated() && l.label().equals(label)));
        readings.stream()
                .filter(r -> r.isTitle() && r.levels().stream().anyMatch(Rationale::counted))
                .findFirst()
                .ifPresent(title ->
                        parts.add("the title frames it \"" + title.claim().text() + "\""));
        Set<String> rejected = readings.stream()
                .flatMap(r -> r.levels().stream())
                .filter(l -> counted(l) && l.negated())
                .map(Signal.Level::label)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String other : rejected) {
            parts.add("rejects " + other
                    + quotes(
                            readings,
                            l -> counted(l) && l.negated() && l.label().equals(other)));
        }
        if (usual != null) {
            parts.add(usual + " (" + trend.name().toLowerCase(Locale.ROOT) + " is the trend usual with " + label + ")");
            addTrendAndReported(parts, null, readings);
        } else {
            addTrendAndReported(parts, trend, readings);
        }
        return sentence(parts);
    }

    static String undetermined(List<ClaimReading> readings) {
        List<String> parts = new ArrayList<>();
        parts.add("the article discusses the relationship" + quotes(readings, l -> true)
                + " without the author committing to a label");
        addTrendAndReported(parts, null, readings);
        return sentence(parts);
    }

    private static void addTrendAndReported(List<String> parts, Trend trend, List<ClaimReading> readings) {
        if (trend != null) {
            List<String> cues = readings.stream()
                    .flatMap(r -> r.directions().stream())
                    .filter(d -> d.trend() == trend && d.weight() > 0)
                    .map(Signal.Direction::cue)
                    .distinct()
                    .limit(QUOTES)
                    .toList();
            parts.add("sees it " + trend.name().toLowerCase(Locale.ROOT) + quoted(cues));
        }
        long reported = readings.stream()
                .filter(ClaimReading::reported)
                .filter(r -> !r.levels().isEmpty())
                .count();
        if (reported > 0) {
            parts.add("sets aside " + reported + " reported view" + (reported == 1 ? "" : "s")
                    + quotes(readings.stream().filter(ClaimReading::reported).toList(), l -> true));
        }
    }

    private static boolean counted(Signal.Level l) {
        return l.weight() > 0;
    }

    private static String quotes(List<ClaimReading> readings, Predicate<Signal.Level> which) {
        return quoted(readings.stream()
                .flatMap(r -> r.levels().stream())
                .filter(which)
                .map(Signal.Level::cue)
                .distinct()
                .limit(QUOTES)
                .toList());
    }

    private static String quoted(List<String> cues) {
        return cues.isEmpty()
                ? ""
                : cues.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", " (", ")"));
    }

    private static String sentence(List<String> parts) {
        String joined = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }
}
