package io.claimbase.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.Figure;
import io.claimbase.extract.TimePeriod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Maps extracted claims to rows. */
public final class Claims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Claims() {}

    public static List<Claim> from(long articleId, Long authorId, List<ExtractedClaim> extracted) {
        List<Claim> rows = new ArrayList<>(extracted.size());
        for (ExtractedClaim c : extracted) {
            Claim row = new Claim();
            row.articleId = articleId;
            row.authorId = authorId;
            row.ordinal = c.ordinal();
            row.text = c.text();
            row.spanStart = c.span().start();
            row.spanEnd = c.span().end();
            row.quotePrefix = c.quote().prefix();
            row.quoteSuffix = c.quote().suffix();
            row.kind = lower(c.kind());
            row.attribution = lower(c.attribution().type());
            row.attributedTo = c.attribution().source();
            row.certainty = lower(c.certainty());
            row.topics = List.copyOf(c.topics());
            row.topicPaths = withAncestors(c.topics());
            row.eventType = c.eventType();
            row.actors = List.copyOf(c.actors());
            setTime(row, c.time());
            row.figures = json(c.figures().stream().map(Claims::figure).toList(), "figures");
            row.confidence = (float) c.confidence();
            rows.add(row);
        }
        return rows;
    }

    /** "energy.gas" → ["energy", "energy.gas"]: a claim about a topic is also about its ancestors. */
    public static List<String> withAncestors(List<String> topics) {
        Set<String> paths = new LinkedHashSet<>();
        for (String topic : topics) {
            int dot = -1;
            while ((dot = topic.indexOf('.', dot + 1)) > 0) {
                paths.add(topic.substring(0, dot));
            }
            paths.add(topic);
        }
        return List.copyOf(paths);
    }

    private static void setTime(Claim row, TimePeriod time) {
        if (time == null) {
            return;
        }
        row.timeText = time.text();
        row.timeResolved = time.resolved();
        row.timeInferredFrom = time.inferredFrom();
        if (time.resolved() && time.start() != null && time.end() != null) {
            row.timeStart = time.start();
            row.timeEnd = time.end();
            row.timePrecision = time.precision() == null ? null : lower(time.precision());
        }
    }

    private static Claim.StoredFigure figure(Figure f) {
        return new Claim.StoredFigure(
                lower(f.kind()),
                f.text(),
                f.value(),
                f.unit(),
                f.currency(),
                f.span().start(),
                f.span().end());
    }

    /** A value as JSON text (figures, the rows of a set-based insert); {@code what} names it if that fails. */
    static String json(Object value, String what) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be written as JSON", e);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
