package io.claimbase.extract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates {@code cues.yaml} with {@link DomainYaml}: every section and every list in it is required and
 * non-empty, and a malformed file fails with a message naming the file and the line (for a missing key or an
 * empty list, the line its section starts on).
 */
public final class CuesLoader {

    /** The file as written: the sections of {@link Cues}, with the boilerplate patterns still as text. */
    record CuesFile(
            Located<Cues.KindCues> kind,
            Located<Cues.CertaintyCues> certainty,
            Located<Cues.AttributionCues> attribution,
            Located<Cues.SentenceCues> sentences,
            Located<BoilerplateSection> boilerplate,
            Located<Cues.MetadataCues> metadata) {}

    record BoilerplateSection(List<Located<String>> lines, Located<String> timestamp, Located<String> dateline) {}

    private final String source;

    private CuesLoader(String source) {
        this.source = source;
    }

    public static Cues load(Path file) {
        return new CuesLoader(file.toString()).cues(DomainYaml.read(file, CuesFile.class));
    }

    /** Parses the YAML text; {@code source} names the file in error messages. */
    public static Cues parse(String yaml, String source) {
        return new CuesLoader(source).cues(DomainYaml.read(yaml, source, CuesFile.class));
    }

    private Cues cues(CuesFile file) {
        Cues.KindCues kind = complete("kind", file.kind());
        Cues.CertaintyCues certainty = complete("certainty", file.certainty());
        Cues.AttributionCues attribution = complete("attribution", file.attribution());
        Cues.SentenceCues sentences = complete("sentences", file.sentences());
        BoilerplateSection boilerplate = complete("boilerplate", file.boilerplate());
        Cues.MetadataCues metadata = complete("metadata", file.metadata());
        return new Cues(
                new Cues.KindCues(
                        words(kind.prescription()),
                        words(kind.prediction()),
                        words(kind.assessment()),
                        words(kind.fact())),
                new Cues.CertaintyCues(
                        words(certainty.negated()),
                        words(certainty.negationExceptions()),
                        words(certainty.hedged()),
                        words(certainty.hedgeExceptions())),
                new Cues.AttributionCues(
                        words(attribution.speechVerbs()),
                        words(attribution.thatVerbs()),
                        words(attribution.sourceIntroducers()),
                        words(attribution.titles()),
                        words(attribution.authorSubjects()),
                        words(attribution.evidenceVerbs()),
                        words(attribution.evidenceNouns()),
                        words(attribution.passiveReports()),
                        words(attribution.voiceMarkers()),
                        words(attribution.actVerbs())),
                new Cues.SentenceCues(
                        stripped(sentences.abbreviations()),
                        stripped(sentences.ambiguousAbbreviations()),
                        stripped(sentences.sentenceOpeners()),
                        words(sentences.concessiveOpeners()),
                        words(sentences.imperativeOpeners())),
                new Cues.BoilerplateCues(
                        boilerplate.lines().stream()
                                .map(line -> pattern(line, "'lines'"))
                                .toList(),
                        pattern(boilerplate.timestamp(), "'timestamp'"),
                        datelinePattern(boilerplate.dateline())),
                new Cues.MetadataCues(words(metadata.roleWords())));
    }

    /**
     * The section's value once every key of it is present: a list non-empty and without blank entries, a text not
     * blank. Errors name the line the section starts on (a missing key has no line of its own).
     */
    private <T extends Record> T complete(String name, Located<T> section) {
        if (section == null) {
            throw new DomainDataException(DomainYaml.at(source, 0) + "the file is missing '" + name + "'");
        }
        T value = section.value();
        if (value == null) {
            throw error(section.line(), "section '" + name + "' must be a map");
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String key = "'" + component.getName() + "'";
            if (field == null) {
                throw error(section.line(), "section '" + name + "' is missing " + key);
            }
            if (field instanceof List<?> list
                    && (list.isEmpty() || list.stream().anyMatch(CuesLoader::blank))) {
                throw error(
                        section.line(),
                        key + " in section '" + name + "' must be a non-empty list of " + "non-empty strings");
            }
            if (blank(field)) {
                throw error(section.line(), key + " in section '" + name + "' must be a non-empty string");
            }
        }
        return value;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static boolean blank(Object value) {
        Object text = value instanceof Located<?> located ? located.value() : value;
        return text == null || text instanceof String s && s.isBlank();
    }

    private static List<String> stripped(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    /** Word cues: lowercase, curly apostrophes straightened. */
    private static List<String> words(List<String> values) {
        return values.stream().map(CuesLoader::normaliseWords).toList();
    }

    /** The dateline is matched case-sensitively: its city is in capitals. */
    private Pattern datelinePattern(Located<String> text) {
        return compile(text, "'dateline'", 0);
    }

    private Pattern pattern(Located<String> text, String what) {
        return compile(text, what, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private Pattern compile(Located<String> text, String what, int flags) {
        try {
            return Pattern.compile(text.value().strip(), flags);
        } catch (PatternSyntaxException e) {
            throw error(
                    text.line(),
                    "invalid regular expression in " + what + ": " + e.getDescription() + " in \"" + text.value()
                            + "\"");
        }
    }

    private DomainDataException error(int line, String message) {
        return new DomainDataException(DomainYaml.at(source, line) + message);
    }

    static String normaliseWords(String text) {
        return text.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT);
    }
}
