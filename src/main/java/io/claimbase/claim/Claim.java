package io.claimbase.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One claim of one article, with its evidence span and tags. Written once per extraction, never edited. */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Column(name = "author_id")
    public Long authorId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String text;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(name = "quote_prefix", nullable = false)
    public String quotePrefix;

    @Column(name = "quote_suffix", nullable = false)
    public String quoteSuffix;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String attribution;

    @Column(name = "attributed_to")
    public String attributedTo;

    @Column(nullable = false)
    public String certainty;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "topic_paths", nullable = false, columnDefinition = "text[]")
    public List<String> topicPaths;

    @Column(name = "event_type")
    public String eventType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> actors;

    @Column(name = "time_text")
    public String timeText;

    @Column(name = "time_start")
    public LocalDate timeStart;

    @Column(name = "time_end")
    public LocalDate timeEnd;

    @Column(name = "time_precision")
    public String timePrecision;

    @Column(name = "time_resolved")
    public Boolean timeResolved;

    /** Null when the sentence states its period; otherwise the time expression it was inferred from. */
    @Column(name = "time_inferred_from")
    public String timeInferredFrom;

    /**
     * The cited figures, as the text of a JSON array of {kind, text, value, unit, currency, start, end} (stored as
     * jsonb; Hibernate Reactive binds only JSON objects, not arrays, so the column is converted in SQL).
     */
    @ColumnTransformer(read = "figures::text", write = "cast(cast(? as text) as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String figures;

    @Column(nullable = false)
    public float confidence;

    /** A cited figure as stored in {@link #figures}. */
    public record StoredFigure(
            String kind, String text, java.math.BigDecimal value, String unit, String currency, int start, int end) {}
}
