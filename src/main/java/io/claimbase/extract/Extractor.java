package io.claimbase.extract;

import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import io.claimbase.extract.position.TrendPrior;
import io.claimbase.extract.tag.Tagger;
import io.claimbase.extract.tag.TopicReader;
import io.claimbase.extract.text.Boilerplate;
import io.claimbase.extract.text.CleanedText;
import io.claimbase.extract.text.DateLines;
import io.claimbase.extract.text.DateLines.StatedDate;
import io.claimbase.extract.text.Lines;
import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.SentenceSplitter;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.WrappedLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The whole pipeline: raw text in, {@link Extraction} out — cleaning (boilerplate out, offsets kept), metadata found
 * in the text where the client gave none, sentences, claims with kind, attribution, certainty, tags, quote selector
 * and confidence, and the author's positions on the assessment questions. Thread-safe and pure (no I/O after construction); build one and share it.
 */
public final class Extractor {

    public static final String VERSION = "1.13.0";

    private final Boilerplate boilerplate;
    private final MetadataFinder metadataFinder;
    private final ClaimFinder claimFinder;
    private final Supplier<PositionAssessor> assessor;

    /** Without assessment questions: extractions carry no positions. */
    public Extractor(DomainModel domain, Cues cues) {
        this(domain, cues, (PositionAssessor) null);
    }

    /** @param assessor the author-position reader (null: no positions) */
    public Extractor(DomainModel domain, Cues cues, PositionAssessor assessor) {
        this(domain, cues, () -> assessor);
    }

    /**
     * @param assessor gives the author-position reader of the questions current when an article is read (questions
     *                 can change while the service runs); it may give null: no positions
     */
    public Extractor(DomainModel domain, Cues cues, Supplier<PositionAssessor> assessor) {
        this.assessor = assessor;
        this.boilerplate = new Boilerplate(cues.boilerplate());
        this.metadataFinder = new MetadataFinder(cues.metadata());
        this.claimFinder = new ClaimFinder(
                cues,
                new SentenceSplitter(cues.sentences()),
                boilerplate,
                new Tagger(domain),
                domain.kindModel().orElse(null),
                new TopicReader(domain, domain.topicModel().orElse(null)),
                domain.attributionModel().orElse(null));
    }

    /** Loads the domain model, {@code cues.yaml} and the assessment questions from a seeds/domain folder. */
    public static Extractor fromDirectory(Path seedsDomainDir) {
        return new Extractor(
                DomainModel.load(seedsDomainDir),
                Cues.fromDirectory(seedsDomainDir),
                new PositionAssessor(QuestionLoader.loadFolder(seedsDomainDir), TrendPrior.load(seedsDomainDir)));
    }

    public Extraction extract(ArticleInput input) {
        return extract(input, null, null);
    }

    /**
     * What the topic reader saw of every claim of an article (its topics before the topic model, and the model's
     * features), in the order of the extraction's claims, for the offline trainer; the extraction itself goes to
     * {@code extraction}.
     */
    public List<TopicReader.Evidence> topicEvidence(
            ArticleInput input, java.util.function.Consumer<Extraction> extraction) {
        List<TopicReader.Evidence> evidence = new ArrayList<>();
        extraction.accept(extract(input, evidence, null));
        return evidence;
    }

    /**
     * What the attribution reader saw of every claim of an article (the rules' attribution, the model's features),
     * in the order of the extraction's claims, for the offline trainer; the extraction itself goes to
     * {@code extraction}.
     */
    public List<AttributionReader.Evidence> attributionEvidence(
            ArticleInput input, java.util.function.Consumer<Extraction> extraction) {
        List<AttributionReader.Evidence> evidence = new ArrayList<>();
        extraction.accept(extract(input, null, evidence));
        return evidence;
    }

    private Extraction extract(
            ArticleInput input,
            List<TopicReader.Evidence> evidence,
            List<AttributionReader.Evidence> attributionEvidence) {
        Cleaning cleaning = clean(input.rawText(), input.author());
        Metadata metadata = metadata(input, cleaning);
        String text = cleaning.text().text();
        List<ExtractedClaim> claims = claimFinder.find(
                cleaning.text(),
                cleaning.found().title(),
                input.title(),
                metadata.author(),
                metadata.publishedOn(),
                cleaning.entryLines(),
                evidence,
                attributionEvidence);
        PositionAssessor assessor = this.assessor.get();
        List<ExtractedPosition> positions = assessor == null ? List.of() : assessor.assess(metadata.title(), claims);
        return new Extraction(
                VERSION,
                text,
                metadata,
                TextShapes.wordCount(text),
                assessor == null ? claims : assessor.withQuestionTopics(claims, positions),
                positions);
    }

    /** The cleaned body of a raw text, with the map from its offsets back to the raw text. */
    public CleanedText clean(String rawText) {
        return clean(rawText, null).text();
    }

    /**
     * The date of the article's dateline: its full date, or the day it gives ("MOSCOW, May 8 (Meridian Wire) –") in the
     * year of the page's first copyright line ("© 2025 Meridian Wire"); null when a day has no such year.
     */
    private static StatedDate dateOf(Boilerplate.DatelineDate dateline, List<RawLine> lines) {
        if (dateline.full() != null) {
            return dateline.full();
        }
        for (RawLine line : lines) {
            OptionalInt year = DateLines.copyrightYear(line.text());
            if (year.isPresent()) {
                return new StatedDate(dateline.day().atYear(year.getAsInt()), DatePrecision.DAY);
            }
        }
        return null;
    }

    /**
     * The cleaned text, the metadata found in it, the date of the first news-wire dateline (or null), and the raw
     * lines that open a live blog's entries ({@link #entryLines}).
     */
    private record Cleaning(
            CleanedText text, MetadataFinder.Found found, StatedDate datelineDate, Set<Integer> entryLines) {}

    /**
     * A time of day alone on its line, with two digits for the hour, as a live blog stamps its entries: "21:05",
     * "09:30 IST" (a video's chapters count from "0:00").
     */
    private static final Pattern ENTRY_STAMP =
            Pattern.compile("(?:[01]\\d|2[0-3]):[0-5]\\d(?:\\s*(?i:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s+\\p{Lu}{2,5})?");

    /** The fewest time stamps that make a page a live blog rather than, say, a page with a video or two. */
    private static final int LIVE_BLOG_STAMPS = 3;

    /**
     * The lines right after a live blog's time stamps ("21:05 IST", then the entry), when the page has at least
     * {@value #LIVE_BLOG_STAMPS} of them; else none.
     */
    private static Set<Integer> entryLines(List<RawLine> lines) {
        Set<Integer> entries = new HashSet<>();
        int stamps = 0;
        boolean stamped = false;
        for (RawLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (ENTRY_STAMP.matcher(line.text().strip()).matches()) {
                stamps++;
                stamped = true;
            } else if (stamped) {
                entries.add(line.index());
                stamped = false;
            }
        }
        return stamps >= LIVE_BLOG_STAMPS ? entries : Set.of();
    }

    private Cleaning clean(String rawText, String givenAuthor) {
        String raw = rawText == null ? "" : rawText;
        List<RawLine> lines = Lines.split(raw);
        boolean[] drop = boilerplate.mark(lines);
        MetadataFinder.Found found = metadataFinder.find(lines, drop, givenAuthor);
        List<RawLine> kept = new ArrayList<>(lines.size());
        Boilerplate.DatelineDate dateline = null;
        for (int i = 0; i < lines.size(); i++) {
            boolean keep = !drop[i] && !found.remove()[i];
            if (dateline == null && (keep || kept.isEmpty())) {
                // a dateline on a line of its own ("RIYADH, 19 February 2025 (Gulf Desk Wire)") is dropped as
                // furniture, but still dates the article when it comes before the body
                dateline = boilerplate.datelineDate(lines.get(i)).orElse(null);
            }
            if (keep) {
                kept.add(boilerplate.withoutDateline(boilerplate.withoutSpeakerLabel(lines.get(i), raw)));
            }
        }
        StatedDate datelineDate = dateline == null ? null : dateOf(dateline, lines);
        return new Cleaning(CleanedText.of(WrappedLines.join(raw, kept)), found, datelineDate, entryLines(lines));
    }

    /**
     * Given metadata always wins; what the text states fills the gaps: the date of a line that is only a date, else
     * the date of a news-wire dateline glued to the first sentence.
     */
    private static Metadata metadata(ArticleInput input, Cleaning cleaning) {
        MetadataFinder.Found found = cleaning.found();
        StatedDate stated = found.date() != null ? found.date() : cleaning.datelineDate();
        boolean givenDate = input.publishedOn() != null;
        return new Metadata(
                input.title() != null ? input.title() : found.title(),
                input.author() != null ? input.author() : found.author(),
                found.affiliation(),
                input.outlet() != null ? input.outlet() : found.outlet(),
                givenDate ? input.publishedOn() : stated == null ? null : stated.date(),
                givenDate ? DatePrecision.DAY : stated == null ? null : stated.precision());
    }
}
