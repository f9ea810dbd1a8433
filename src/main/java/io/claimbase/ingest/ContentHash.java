package io.claimbase.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Identity of an article's text: SHA-256 of the text after Unicode NFC normalisation and whitespace folding, so the
 * same article posted twice (even re-wrapped or with other line endings) is recognised as one.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(String text) {
        String normalised =
                foldWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Each run of ASCII whitespace as one space: what {@code replaceAll("\\s+", " ")} does ({@code \s} is
     * {@code [ \t\n\x0B\f\r]}), without compiling and running a regex on every ingest's text.
     */
    static String foldWhitespace(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a lone space stays as it is
                }
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
