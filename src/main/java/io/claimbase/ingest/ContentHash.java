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
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
