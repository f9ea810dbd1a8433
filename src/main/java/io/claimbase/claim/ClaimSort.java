package io.claimbase.claim;

import io.claimbase.error.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * The order of a claim list: a field and a direction, always completed by a unique tie-break so that keyset pages
 * are deterministic. {@code relevance} (only with {@code q}) is best match first; the others are ascending, or
 * descending with a {@code -} prefix. Claims without a period or an unpublished article sort last either way.
 */
public record ClaimSort(Field field, boolean descending) {

    public static final String VALUES = "relevance, time, -time, published, -published, article, -article";

    public enum Field {
        /** ts_rank of the full-text match, then id. */
        RELEVANCE,
        /** start of the period spoken about, then id. */
        TIME,
        /** the article's publication date, then id. */
        PUBLISHED,
        /** reading order: article id, then the claim's ordinal in it. */
        ARTICLE
    }

    public static final ClaimSort READING_ORDER = new ClaimSort(Field.ARTICLE, false);

    /** Parses {@code sort}; without one, relevance when there is a query and reading order otherwise. */
    public static ClaimSort parse(String value, boolean hasQuery) {
        if (value == null) {
            return hasQuery ? new ClaimSort(Field.RELEVANCE, true) : READING_ORDER;
        }
        String name = value.strip();
        boolean descending = name.startsWith("-");
        String field = descending ? name.substring(1) : name;
        switch (field) {
            case "relevance" -> {
                if (descending) {
                    throw new DomainException.InvalidParameter(
                            "sort", "relevance is always best match first; use relevance");
                }
                if (!hasQuery) {
                    throw new DomainException.InvalidParameter("sort", "relevance needs a full-text query in q");
                }
                return new ClaimSort(Field.RELEVANCE, true);
            }
            case "time" -> {
                return new ClaimSort(Field.TIME, descending);
            }
            case "published" -> {
                return new ClaimSort(Field.PUBLISHED, descending);
            }
            case "article" -> {
                return new ClaimSort(Field.ARTICLE, descending);
            }
            default -> throw new DomainException.InvalidParameter("sort", "must be one of " + VALUES);
        }
    }

    /** The cursor scope: a cursor made for one ordering is refused for another. */
    public String scope() {
        return "claims:" + field.name().toLowerCase(java.util.Locale.ROOT) + (descending ? ":desc" : ":asc");
    }

    /** Whether the first sort key may be null (then nulls sort last). */
    boolean nullableKey() {
        return field == Field.TIME || field == Field.PUBLISHED;
    }

    /** The two keys of a cursor as typed values to bind; a key that does not parse means a forged cursor. */
    List<Object> typedKeys(List<String> keys) {
        try {
            String first = keys.get(0);
            String second = keys.get(1);
            return switch (field) {
                case ARTICLE -> List.of(Long.valueOf(first), Integer.valueOf(second));
                case RELEVANCE -> List.of(Float.valueOf(first), Long.valueOf(second));
                case TIME, PUBLISHED ->
                    first.isEmpty()
                            ? java.util.Arrays.asList(null, Long.valueOf(second))
                            : List.of(LocalDate.parse(first), Long.valueOf(second));
            };
        } catch (RuntimeException e) {
            throw new DomainException.InvalidParameter("cursor", "is not a cursor this service issued for this query");
        }
    }
}
