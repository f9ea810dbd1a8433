package io.claimbase.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One ingested article: its metadata, its raw and cleaned text, and which extractor version read it. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Author author;

    public String outlet;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** "year", "month" or "day": how much of {@link #publishedOn} is known. */
    @Column(name = "published_precision")
    public String publishedPrecision;

    @Column(nullable = false)
    public String language = "en";

    @Column(nullable = false)
    public String body;

    @Column(name = "raw_body", nullable = false)
    public String rawBody;

    /** The web page the article was read from, when it was posted as HTML (re-extraction reads it again). */
    @Column(name = "raw_html")
    public String rawHtml;

    @Column(name = "content_hash", nullable = false, unique = true)
    public String contentHash;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;
}
