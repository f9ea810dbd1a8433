package io.claimbase.extract.position;

import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trend authors usually see with each label, learned from the annotated articles ({@code models/trend.tsv}): how
 * many articles with that label of a question were read as strengthening, stable or weakening. An author who places
 * the relationship but uses no direction word of the question's still mostly sees it going one way: those who call it
 * a quasi-alliance see it strengthening, those who call it a rivalry see it weakening. The assessor takes that trend
 * only when the author's own words say none ({@link PositionAssessor}).
 *
 * <p>A label's usual trend is the one most of its articles have, when at least {@value #MIN_ARTICLES} have one and no
 * other trend has as many; otherwise the label has none.
 */
public final class TrendPrior {

    /** The file in a domain data folder; optional. */
    public static final String FILE = "models/trend.tsv";

    /** How many annotated articles a label needs before it has a usual trend. */
    static final int MIN_ARTICLES = 2;

    /** No learned trends: every label has none. */
    public static final TrendPrior NONE = new TrendPrior(Map.of());

    private final Map<String, Map<String, Map<Trend, Integer>>> counts;

    /** @param counts by question slug, then label: how many articles had each trend */
    public TrendPrior(Map<String, Map<String, Map<Trend, Integer>>> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** One annotated article's position: the question, the label and the trend the reader gave it. */
    public record Seen(String question, String label, Trend trend) {}

    /** The counts of annotated positions (those without a trend, or undetermined, do not count). */
    public static TrendPrior count(List<Seen> seen) {
        Map<String, Map<String, Map<Trend, Integer>>> counts = new HashMap<>();
        for (Seen s : seen) {
            if (s.trend() != null && !PositionAssessor.UNDETERMINED.equals(s.label())) {
                counts.computeIfAbsent(s.question(), q -> new HashMap<>())
                        .computeIfAbsent(s.label(), l -> new EnumMap<>(Trend.class))
                        .merge(s.trend(), 1, Integer::sum);
            }
        }
        return new TrendPrior(counts);
    }

    /** Reads {@value #FILE} from a domain data folder; {@link #NONE} when the folder has none. */
    public static TrendPrior load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file's text: comment lines ({@code #}), then one line a label: question slug, label, and the number of
     * articles read as strengthening, stable and weakening, tab-separated.
     *
     * @param name how the source is named in error messages
     */
    public static TrendPrior parse(String text, String name) {
        Map<String, Map<String, Map<Trend, Integer>>> counts = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 5) {
                throw new DomainDataException(
                        name + ":" + (i + 1) + ": expected 5 tab-separated cells, found " + cells.length);
            }
            Map<Trend, Integer> byTrend = new EnumMap<>(Trend.class);
            try {
                byTrend.put(Trend.STRENGTHENING, count(cells[2]));
                byTrend.put(Trend.STABLE, count(cells[3]));
                byTrend.put(Trend.WEAKENING, count(cells[4]));
            } catch (NumberFormatException e) {
                throw new DomainDataException(name + ":" + (i + 1) + ": counts must be whole numbers >= 0", e);
            }
            counts.computeIfAbsent(cells[0], q -> new HashMap<>()).put(cells[1], byTrend);
        }
        return new TrendPrior(counts);
    }

    private static int count(String cell) {
        int n = Integer.parseInt(cell.strip());
        if (n < 0) {
            throw new NumberFormatException(cell);
        }
        return n;
    }

    /** The trend most articles with this label of this question have, if it has one (see the class comment). */
    public Optional<Trend> usual(String question, String label) {
        Map<Trend, Integer> byTrend = counts.getOrDefault(question, Map.of()).getOrDefault(label, Map.of());
        Trend best = null;
        int most = 0;
        boolean tied = false;
        for (Map.Entry<Trend, Integer> e : byTrend.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tied = false;
            } else if (e.getValue() == most) {
                tied = true;
            }
        }
        return best == null || tied || most < MIN_ARTICLES ? Optional.empty() : Optional.of(best);
    }

    /** The counts as the file has them, under {@code header} (comment lines without their {@code #}). */
    public String write(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append("# question\tlabel\tstrengthening\tstable\tweakening\n");
        counts.keySet().stream()
                .sorted()
                .forEach(q -> counts.get(q).keySet().stream().sorted().forEach(label -> {
                    Map<Trend, Integer> byTrend = counts.get(q).get(label);
                    out.append(q).append('\t').append(label);
                    for (Trend t : new Trend[] {Trend.STRENGTHENING, Trend.STABLE, Trend.WEAKENING}) {
                        out.append('\t').append(byTrend.getOrDefault(t, 0));
                    }
                    out.append('\n');
                }));
        return out.toString();
    }
}
