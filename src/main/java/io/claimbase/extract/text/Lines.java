package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.List;

/** Splits raw text into trimmed lines that remember their raw offsets. */
public final class Lines {

    private static final String BULLETS = "•▪◦●■►*-–·";

    private Lines() {}

    public static List<RawLine> split(String raw) {
        List<RawLine> lines = new ArrayList<>();
        int lineStart = 0;
        int n = raw.length();
        while (lineStart <= n) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            lines.add(line(raw, lines.size(), lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private static RawLine line(String raw, int index, int from, int to) {
        int start = skipSpace(raw, from, to);
        int end = to;
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        boolean bullet = false;
        if (end - start > 2 && BULLETS.indexOf(raw.charAt(start)) >= 0 && isSpace(raw.charAt(start + 1))) {
            bullet = true;
            start = skipSpace(raw, start + 1, end);
        }
        return new RawLine(index, raw.substring(start, end), start, end, bullet);
    }

    private static int skipSpace(String raw, int from, int to) {
        int i = from;
        while (i < to && isSpace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
