package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins hard-wrapped lines (text copied from a PDF, an e-mail or a fixed-width page): a line that stops mid-sentence
 * and the line right below it that goes on in lowercase are one paragraph. The joined paragraph is the raw text from
 * the first line's start to the last line's end, so offsets stay exact.
 */
public final class WrappedLines {

    private static final int MIN_WRAPPED_WORDS = 6;

    private WrappedLines() {}

    /** {@code kept} in raw order; returns the lines with wrapped runs joined. */
    public static List<RawLine> join(String raw, List<RawLine> kept) {
        List<RawLine> out = new ArrayList<>(kept.size());
        RawLine current = null;
        for (RawLine line : kept) {
            if (current != null && continues(current, line)) {
                current = new RawLine(
                        current.index(),
                        raw.substring(current.start(), line.end()),
                        current.start(),
                        line.end(),
                        current.bullet());
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = line;
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static boolean continues(RawLine line, RawLine next) {
        return next.index() == line.index() + 1 + newlinesInside(line)
                && !next.bullet()
                && Character.isLowerCase(next.text().charAt(0))
                && !TextShapes.endsLikeSentence(line.text())
                && TextShapes.wordCount(line.text()) >= MIN_WRAPPED_WORDS;
    }

    /** A joined line spans several raw lines; the next raw line follows the last of them. */
    private static int newlinesInside(RawLine line) {
        int count = 0;
        for (int i = 0; i < line.text().length(); i++) {
            if (line.text().charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
