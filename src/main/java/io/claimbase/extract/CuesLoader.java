package io.claimbase.extract;

import io.claimbase.extract.YamlTree.MapNode;
import io.claimbase.extract.YamlTree.Node;
import io.claimbase.extract.YamlTree.Scalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates {@code cues.yaml}; a malformed file fails with a message naming the file and the line. */
public final class CuesLoader {

    private final YamlTree.Reader reader;

    private CuesLoader(String source) {
        this.reader = new YamlTree.Reader(source);
    }

    public static Cues load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DomainDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(yaml, file.toString());
    }

    /** Parses the YAML text; {@code source} names the file in error messages. */
    public static Cues parse(String yaml, String source) {
        return new CuesLoader(source).cues(YamlTree.read(yaml, source));
    }

    private Cues cues(Node root) {
        MapNode top = reader.map(root, "the file",
                List.of("kind", "certainty", "attribution", "sentences", "boilerplate", "metadata"));
        MapNode kind = section(top, "kind", "prescription", "prediction", "assessment", "fact");
        MapNode certainty = section(top, "certainty", "negated", "negationExceptions", "hedged",
                "hedgeExceptions");
        MapNode attribution = section(top, "attribution", "speechVerbs", "thatVerbs", "sourceIntroducers",
                "titles", "authorSubjects");
        MapNode sentences = section(top, "sentences", "abbreviations", "ambiguousAbbreviations", "sentenceOpeners",
                "concessiveOpeners", "imperativeOpeners");
        MapNode boilerplate = section(top, "boilerplate", "lines", "timestamp");
        MapNode metadata = section(top, "metadata", "roleWords");
        return new Cues(
                new Cues.KindCues(words(kind, "prescription"), words(kind, "prediction"), words(kind, "assessment"),
                        words(kind, "fact")),
                new Cues.CertaintyCues(words(certainty, "negated"), words(certainty, "negationExceptions"),
                        words(certainty, "hedged"), words(certainty, "hedgeExceptions")),
                new Cues.AttributionCues(words(attribution, "speechVerbs"), words(attribution, "thatVerbs"),
                        words(attribution, "sourceIntroducers"), words(attribution, "titles"),
                        words(attribution, "authorSubjects")),
                new Cues.SentenceCues(strings(sentences, "abbreviations"), strings(sentences, "ambiguousAbbreviations"),
                        strings(sentences, "sentenceOpeners"), words(sentences, "concessiveOpeners"),
                        words(sentences, "imperativeOpeners")),
                new Cues.BoilerplateCues(patterns(boilerplate, "lines"), singlePattern(boilerplate, "timestamp")),
                new Cues.MetadataCues(words(metadata, "roleWords")));
    }

    private MapNode section(MapNode top, String name, String... keys) {
        MapNode section = reader.map(reader.required(top, name, "the file"), "section '" + name + "'", List.of(keys));
        for (String key : keys) {
            reader.required(section, key, "section '" + name + "'");
        }
        return section;
    }

    private List<String> strings(MapNode section, String key) {
        return reader.strings(section.entries().get(key), "'" + key + "'").stream().map(Scalar::value).toList();
    }

    /** Word cues: lowercase, curly apostrophes straightened. */
    private List<String> words(MapNode section, String key) {
        return strings(section, key).stream().map(CuesLoader::normaliseWords).toList();
    }

    private List<Pattern> patterns(MapNode section, String key) {
        List<Pattern> out = new ArrayList<>();
        for (Scalar scalar : reader.strings(section.entries().get(key), "'" + key + "'")) {
            out.add(pattern(scalar, "'" + key + "'"));
        }
        return List.copyOf(out);
    }

    private Pattern singlePattern(MapNode section, String key) {
        Node node = section.entries().get(key);
        return pattern(new Scalar(reader.string(node, "'" + key + "'"), node.line()), "'" + key + "'");
    }

    private Pattern pattern(Scalar scalar, String what) {
        try {
            return Pattern.compile(scalar.value(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw reader.error(scalar, "invalid regular expression in " + what + ": " + e.getDescription()
                    + " in \"" + scalar.value() + "\"");
        }
    }

    static String normaliseWords(String text) {
        return text.replace('\u2019', '\'').strip().toLowerCase(java.util.Locale.ROOT);
    }
}
