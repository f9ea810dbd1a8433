package io.claimbase.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a byte stream into NDJSON lines as its chunks arrive, holding at most one line (up to {@code maxLineBytes})
 * in memory. A line longer than that is skipped up to its end and reported as too long; a line that is not UTF-8 is
 * reported as such; blank lines are counted but not reported. Lines are numbered from 1. Not thread-safe: one per
 * request, fed in order.
 */
final class NdjsonLines {

    /** One line of the batch: its text, or what is wrong with it. */
    record Line(long number, String text, String problem) {}

    private final int maxLineBytes;
    private final long maxBodyBytes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long number = 1;
    private long bodyBytes;
    private boolean overlong;

    NdjsonLines(int maxLineBytes, long maxBodyBytes) {
        this.maxLineBytes = maxLineBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The body so far is larger than the batch limit. */
    static final class TooLarge extends RuntimeException {
        final long line;

        TooLarge(long line, long limit) {
            super("The batch body is larger than " + limit + " bytes", null, false, false);
            this.line = line;
        }
    }

    /** The number the next line will have. */
    long next() {
        return number;
    }

    /** The lines a chunk completes (the last, unfinished one stays here until its newline arrives). */
    List<Line> feed(byte[] chunk) {
        bodyBytes += chunk.length;
        if (bodyBytes > maxBodyBytes) {
            throw new TooLarge(number, maxBodyBytes);
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                append(chunk, start, i - start);
                end(lines);
                start = i + 1;
            }
        }
        append(chunk, start, chunk.length - start);
        return lines;
    }

    /** The last line, when the body does not end with a newline. */
    List<Line> finish() {
        List<Line> lines = new ArrayList<>();
        if (current.size() > 0 || overlong) {
            end(lines);
        }
        return lines;
    }

    private void append(byte[] chunk, int offset, int length) {
        if (overlong || length == 0) {
            return;
        }
        if (current.size() + length > maxLineBytes) {
            overlong = true;
            current.reset();
            return;
        }
        current.write(chunk, offset, length);
    }

    private void end(List<Line> lines) {
        long n = number++;
        if (overlong) {
            overlong = false;
            lines.add(new Line(n, null, "is longer than " + maxLineBytes + " bytes"));
            return;
        }
        byte[] bytes = current.toByteArray();
        current.reset();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
            if (!text.isBlank()) {
                lines.add(new Line(n, text, null));
            }
        } catch (CharacterCodingException e) {
            lines.add(new Line(n, null, "is not UTF-8 text"));
        }
    }
}
