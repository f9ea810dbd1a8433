package io.claimbase.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cue words and text patterns that drive cleaning, sentence splitting and claim classification, read from
 * {@code seeds/domain/cues.yaml} by {@link CuesLoader}. Word cues are lowercase word sequences.
 */
public record Cues(
        KindCues kind,
        CertaintyCues certainty,
        AttributionCues attribution,
        SentenceCues sentences,
        BoilerplateCues boilerplate,
        MetadataCues metadata) {

    public static final String FILE_NAME = "cues.yaml";

    /** Prescription, prediction, assessment and fact cues, tried in that order; with none a claim is an assessment. */
    public record KindCues(
            List<String> prescription, List<String> prediction, List<String> assessment, List<String> fact) {}

    public record CertaintyCues(
            List<String> negated, List<String> negationExceptions, List<String> hedged, List<String> hedgeExceptions) {}

    /**
     * @param speechVerbs       verbs that report a source after a subject ("X said")
     * @param thatVerbs         verbs that report a source only when "that" or a quotation follows
     * @param sourceIntroducers phrases before a source ("according to")
     * @param titles            titles left out before a name ("president", "spokesperson")
     * @param authorSubjects    subjects that mean the author speaks ("we")
     * @param actVerbs          speech verbs that report an act, not a view, when an object other than a "that" clause
     *                          follows ("Novatek announced a 15-year contract", "Gazprom reported a loss")
     */
    public record AttributionCues(
            List<String> speechVerbs,
            List<String> thatVerbs,
            List<String> sourceIntroducers,
            List<String> titles,
            List<String> authorSubjects,
            List<String> evidenceVerbs,
            List<String> evidenceNouns,
            List<String> passiveReports,
            List<String> voiceMarkers,
            List<String> actVerbs) {}

    /**
     * @param abbreviations          abbreviations that never end a sentence ("Mr.")
     * @param ambiguousAbbreviations abbreviations that end a sentence only before a usual opener ("U.S.")
     * @param sentenceOpeners        words that usually open a sentence ("The", "However")
     * @param concessiveOpeners      openers of a leading concessive clause whose cues do not count ("While …,")
     * @param imperativeOpeners      openers of an imperative that asserts nothing itself ("Compare …")
     */
    public record SentenceCues(
            List<String> abbreviations,
            List<String> ambiguousAbbreviations,
            List<String> sentenceOpeners,
            List<String> concessiveOpeners,
            List<String> imperativeOpeners) {}

    /**
     * Whole-line boilerplate patterns (case-insensitive), the pattern of a video timestamp line, and the pattern of a
     * news-wire dateline that opens a paragraph ("RIO DE JANEIRO, Nov 19 (Reuters) –"), cut off before the text.
     */
    public record BoilerplateCues(List<Pattern> lines, Pattern timestamp, Pattern dateline) {}

    /** Words that make a phrase an author's role or affiliation. */
    public record MetadataCues(List<String> roleWords) {}

    /** Loads {@code cues.yaml} from a seeds/domain folder. */
    public static Cues fromDirectory(Path seedsDomainDir) {
        return CuesLoader.load(seedsDomainDir.resolve(FILE_NAME));
    }
}
