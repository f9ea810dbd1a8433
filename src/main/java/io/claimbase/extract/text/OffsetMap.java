package io.claimbase.extract.text;

import io.claimbase.extract.Span;
import java.util.Arrays;

/**
 * Maps offsets in the cleaned text back to the raw text. The cleaned text is made of pieces copied verbatim from the
 * raw text with separators between them; an offset inside a separator maps to the end of the piece before it.
 */
public final class OffsetMap {

    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;

    OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
    }

    public int toRaw(int cleanOffset) {
        if (cleanStarts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        int within = Math.min(cleanOffset - cleanStarts[i], lengths[i]);
        return rawStarts[i] + Math.max(0, within);
    }

    public Span toRaw(Span clean) {
        return new Span(toRaw(clean.start()), Math.max(toRaw(clean.start()), toRaw(clean.end())));
    }
}
