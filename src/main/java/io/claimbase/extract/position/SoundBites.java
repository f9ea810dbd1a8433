package io.claimbase.extract.position;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.ExtractedClaim;

/**
 * Sound bites: in a script, a transcript or a feature, a sentence that opens a quotation and does not close it before
 * its end ("“This is an alliance in every way that counts.") is a speaker's words, even when no speaker is named in
 * it, and so is every sentence up to the one that closes the quotation. A quoted name at the start of an author's
 * sentence ("“No limits” was always a slogan.") closes inside the sentence and is no sound bite.
 */
final class SoundBites {

    private SoundBites() {}

    /** Whether the sentence opens a quotation that runs to its end or beyond. */
    static boolean opens(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char first = t.charAt(0);
        if (first != '“' && first != '"' && first != '«') {
            return false;
        }
        char close = first == '“' ? '”' : first == '«' ? '»' : '"';
        int end = t.indexOf(close, 1);
        return end < 0 || end >= lastWordEnd(t);
    }

    /** How many sentences after the one that opens it a sound bite may run without a closing mark. */
    static final int MAX_SENTENCES = 3;

    /**
     * Whether the sentence closes the quotation: a closing mark, or a straight mark that balances the count, odd in a
     * sentence that goes on with a quotation opened before it, even in the sentence that opens it ({@code opensHere}).
     */
    static boolean closes(String text, boolean opensHere) {
        String t = text.strip();
        return t.indexOf('”') >= 0
                || t.indexOf('»') >= 0
                || t.chars().filter(c -> c == '"').count() % 2 == (opensHere ? 0 : 1);
    }

    /** The claim as a speaker's words: reported, no source named. */
    static ExtractedClaim asReported(ExtractedClaim claim) {
        return claim.withAttribution(Attribution.reported(null));
    }

    /** Where the sentence's last word ends (before the closing marks and the final stop). */
    private static int lastWordEnd(String t) {
        int i = t.length();
        while (i > 0 && !Character.isLetterOrDigit(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
