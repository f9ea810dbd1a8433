package io.claimbase.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void whitespaceFoldsAsTheRegexFoldedIt() {
        // ASCII whitespace runs fold to one space; other spaces (no-break, line separator, NEL) are text
        String alphabet = "ab .\t\n\u000B\f\r\u00A0\u2028\u0085\u3000é";
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(
                    s.replaceAll("\\s+", " "),
                    ContentHash.foldWhitespace(s),
                    () -> "for " + s.codePoints().boxed().toList());
        }
    }

    @Test
    void theSameTextReWrappedHasTheSameHash() {
        String text = "China and Russia are not allies.\n\nNeither are they rivals.";
        assertEquals(
                ContentHash.of(text),
                ContentHash.of("  China and Russia are not allies.\r\n  Neither\tare they rivals.\n"));
        assertNotEquals(ContentHash.of(text), ContentHash.of(text.replace("rivals", "partners")));
        // the hash of a known text stays what it was (stored hashes identify stored articles)
        assertEquals(
                java.util.HexFormat.of().formatHex(sha256("China and Russia are not allies. Neither are they rivals.")),
                ContentHash.of(text));
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
