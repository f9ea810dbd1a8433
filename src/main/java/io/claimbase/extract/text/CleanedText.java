package io.claimbase.extract.text;

import io.claimbase.extract.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The article body without boilerplate: the kept raw lines, one paragraph each, separated by a blank line.
 *
 * @param paragraphs the span of each kept line in {@link #text()}, with the raw line it came from
 */
public record CleanedText(String text, OffsetMap offsets, List<Paragraph> paragraphs) {

    public static final String SEPARATOR = "\n\n";

    /** A kept line: its span in the cleaned text and the raw line. */
    public record Paragraph(Span span, RawLine line) {}

    /** Joins the given raw lines (in order) into a cleaned text. */
    public static CleanedText of(List<RawLine> kept) {
        StringBuilder text = new StringBuilder();
        int n = kept.size();
        int[] cleanStarts = new int[n];
        int[] rawStarts = new int[n];
        int[] lengths = new int[n];
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawLine line = kept.get(i);
            if (i > 0) {
                text.append(SEPARATOR);
            }
            cleanStarts[i] = text.length();
            rawStarts[i] = line.start();
            lengths[i] = line.text().length();
            text.append(line.text());
            paragraphs.add(new Paragraph(new Span(cleanStarts[i], text.length()), line));
        }
        OffsetMap offsets = new OffsetMap(cleanStarts, rawStarts, lengths);
        return new CleanedText(text.toString(), offsets, List.copyOf(paragraphs));
    }
}
