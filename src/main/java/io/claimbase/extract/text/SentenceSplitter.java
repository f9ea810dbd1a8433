package io.claimbase.extract.text;

import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Sentence boundaries with Apache OpenNLP's English sentence model (Universal Dependencies EWT, from the
 * {@code opennlp-models-sentdetect-en} artifact), then corrected with the abbreviation lists of {@link Cues}: a split
 * after "Mr." or inside "$1.5 billion" is undone, a closing quote or bracket stays with its sentence, and a sentence
 * never starts with a lowercase letter. Thread-safe.
 */
public final class SentenceSplitter {

    private static final String MODEL_PROPERTIES = "model.properties";
    private static final String CLOSERS = "\"”’')]";
    private static final String TERMINALS = ".!?…";

    private static volatile SentenceModel sharedModel;

    private final ThreadSafeSentenceDetectorME detector;
    private final Set<String> abbreviations;
    private final Set<String> ambiguousAbbreviations;
    private final Set<String> openers;

    public SentenceSplitter(Cues.SentenceCues cues) {
        this.detector = new ThreadSafeSentenceDetectorME(model());
        this.abbreviations = new HashSet<>(cues.abbreviations());
        this.ambiguousAbbreviations = new HashSet<>(cues.ambiguousAbbreviations());
        this.openers = new HashSet<>(cues.sentenceOpeners());
    }

    /** Sentence spans inside {@code text[from, to)}, as absolute offsets into {@code text}; a sentence never crosses
     * {@code to}. */
    public List<Span> split(String text, int from, int to) {
        String part = text.substring(from, to);
        opennlp.tools.util.Span[] found = detector.sentPosDetect(part);
        List<int[]> spans = new ArrayList<>(found.length + 1);
        for (opennlp.tools.util.Span s : found) {
            spans.add(new int[] {s.getStart(), s.getEnd()});
        }
        spans = splitAfterQuotedEnds(part, spans);
        spans = splitAfterAmbiguousAbbreviations(part, spans);
        spans = splitAfterFootnoteMarks(part, spans);
        List<int[]> merged = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last == null) {
                merged.add(span);
                continue;
            }
            int start = span[0];
            while (start < span[1] && CLOSERS.indexOf(part.charAt(start)) >= 0 && start == last[1]) {
                start++;
                last[1] = start;
            }
            if (start >= span[1]) {
                continue;
            }
            span[0] = start;
            if (continues(part, last, span)) {
                last[1] = span[1];
            } else {
                merged.add(span);
            }
        }
        List<Span> out = new ArrayList<>(merged.size());
        for (int[] span : merged) {
            int s = span[0];
            int e = span[1];
            while (s < e && Character.isWhitespace(part.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(part.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(from + s, from + e));
            }
        }
        return out;
    }

    /** Whether {@code next} continues the sentence {@code prev} (the model split it wrongly). */
    private boolean continues(String text, int[] prev, int[] next) {
        char first = firstLetterOrDigit(text, next[0], next[1]);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String lastWord = lastWord(text, prev[0], prev[1]);
        if (abbreviations.contains(lastWord)) {
            return true;
        }
        if (ambiguousAbbreviations.contains(lastWord)) {
            return !openers.contains(firstWord(text, next[0], next[1]));
        }
        // "$1.5" | "billion" or "3." | "5 percent": a split inside a number
        return prev[1] > 0
                && Character.isDigit(text.charAt(prev[1] - 1))
                && Character.isDigit(first)
                && text.charAt(prev[1] - 1) != ' '
                && next[0] == prev[1];
    }

    /** The model misses some ends inside quotes: "…in history…” President Xi". Split there. */
    private static List<int[]> splitAfterQuotedEnds(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int start = span[0];
            for (int i = span[0] + 1; i + 2 < span[1]; i++) {
                char c = text.charAt(i);
                if ((c == '”' || c == '"')
                        && TERMINALS.indexOf(text.charAt(i - 1)) >= 0
                        && Character.isWhitespace(text.charAt(i + 1))
                        && Character.isUpperCase(text.charAt(i + 2))) {
                    out.add(new int[] {start, i + 1});
                    start = i + 2;
                }
            }
            out.add(new int[] {start, span[1]});
        }
        return out;
    }

    /** A sentence end with a footnote mark after it: "… in 2019.[2] In February …" (also "…”[3] The …"). */
    private static final Pattern FOOTNOTE_END = Pattern.compile("[.!?…][\"”’')]?\\[\\d{1,3}\\](?=\\s+\\p{Lu})");

    /** The model keeps a sentence that ends in a footnote mark together with the next one. Split after the mark. */
    private static List<int[]> splitAfterFootnoteMarks(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int start = span[0];
            Matcher m = FOOTNOTE_END.matcher(text).region(span[0], span[1]);
            while (m.find()) {
                out.add(new int[] {start, m.end()});
                start = m.end() + 1;
            }
            out.add(new int[] {start, span[1]});
        }
        return out;
    }

    /** The model keeps "… than to the U.S. The reason is …" together; an opener after "U.S." starts a sentence. */
    private List<int[]> splitAfterAmbiguousAbbreviations(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int start = span[0];
            int wordStart = span[0];
            for (int i = span[0]; i < span[1]; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    continue;
                }
                String word = text.substring(wordStart, i);
                if (ambiguousAbbreviations.contains(word)
                        && openers.contains(firstWord(text, i + 1, span[1]))
                        && i + 1 < span[1]
                        && Character.isUpperCase(text.charAt(i + 1))) {
                    out.add(new int[] {start, i});
                    start = i + 1;
                }
                wordStart = i + 1;
            }
            out.add(new int[] {start, span[1]});
        }
        return out;
    }

    private static char firstLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (!Character.isWhitespace(c) && "“\"‘'([".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    private static String lastWord(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        return text.substring(start, end);
    }

    private static String firstWord(String text, int from, int to) {
        int start = from;
        while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static SentenceModel model() {
        SentenceModel model = sharedModel;
        if (model == null) {
            synchronized (SentenceSplitter.class) {
                model = sharedModel;
                if (model == null) {
                    model = loadModel();
                    sharedModel = model;
                }
            }
        }
        return model;
    }

    /** Finds the English sentence model among the OpenNLP model jars on the classpath by its model.properties. */
    private static SentenceModel loadModel() {
        ClassLoader loader = SentenceSplitter.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources(MODEL_PROPERTIES))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("model.name", "");
                if ("en".equals(properties.getProperty("model.language")) && name.contains("sentence")) {
                    try (InputStream in = loader.getResourceAsStream(name)) {
                        if (in != null) {
                            return new SentenceModel(in);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DomainDataException("cannot read the OpenNLP sentence model: " + e.getMessage(), e);
        }
        throw new DomainDataException(
                "the OpenNLP English sentence model (opennlp-models-sentdetect-en) is not on the" + " classpath");
    }
}
