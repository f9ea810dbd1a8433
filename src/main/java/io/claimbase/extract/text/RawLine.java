package io.claimbase.extract.text;

/**
 * One line of the raw text, trimmed and without a leading bullet marker.
 *
 * @param index  0-based line number in the raw text
 * @param text   the line's content, {@code raw.substring(start, end)}
 * @param start  raw offset of the first kept character
 * @param end    raw offset after the last kept character
 * @param bullet whether the line began with a bullet marker (stripped from {@code text})
 */
public record RawLine(int index, String text, int start, int end, boolean bullet) {

    public boolean isBlank() {
        return text.isEmpty();
    }
}
