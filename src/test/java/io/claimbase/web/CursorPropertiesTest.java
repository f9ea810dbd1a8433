package io.claimbase.web;

import static io.claimbase.support.Tries.forAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimbase.support.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Cursors, as properties: what we issue reads back; anything edited, truncated or moved to another query is a 400. */
class CursorPropertiesTest {

    private final Cursor cursor = new Cursor("property-test-secret");
    private final Gen gen = new Gen();

    /** An edit of an issued cursor: one char replaced at some position. */
    record Edit(List<String> keys, int at, char replacement) {}

    /** A truncation of an issued cursor: chars cut from its end. */
    record Cut(List<String> keys, int by) {}

    @Test
    void anIssuedCursorDecodesToItsKeys() {
        forAll(
                300,
                this::keys,
                keys -> assertEquals(keys, cursor.decode("articles", cursor.encode("articles", keys), keys.size())));
    }

    @Test
    void anyEditedCursorIsRefused() {
        forAll(500, () -> new Edit(keys(), gen.between(0, 10_000), gen.textChar()), edit -> {
            String issued = cursor.encode("articles", edit.keys());
            int position = edit.at() % issued.length();
            if (issued.charAt(position) == edit.replacement()) {
                return;
            }
            refused(
                    issued.substring(0, position) + edit.replacement() + issued.substring(position + 1),
                    edit.keys().size());
        });
    }

    /**
     * Found by {@link #anyEditedCursorIsRefused}: the last char of a Base64 segment carries bits the decoder ignores, so
     * swapping it for a char that differs only there (Y → a) decoded to the same bytes and was accepted.
     */
    @Test
    void aCursorEditedOnlyInTheUnusedBitsOfALastCharIsRefused() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String issued = cursor.encode("articles", List.of("1"));
        for (int end : new int[] {issued.indexOf('.'), issued.length()}) {
            char last = issued.charAt(end - 1);
            char sameBytes = alphabet.charAt(alphabet.indexOf(last) ^ 1);
            refused(issued.substring(0, end - 1) + sameBytes + issued.substring(end), 1);
        }
    }

    @Test
    void aTruncatedCursorIsRefused() {
        forAll(200, () -> new Cut(keys(), gen.between(1, 10_000)), cut -> {
            String issued = cursor.encode("articles", cut.keys());
            refused(
                    issued.substring(0, Math.max(0, issued.length() - 1 - cut.by() % issued.length())),
                    cut.keys().size());
        });
    }

    @Test
    void aCursorOfAnotherQueryOrKeyIsRefused() {
        forAll(200, this::keys, keys -> {
            refused(() -> cursor.decode("articles", cursor.encode("authors", keys), keys.size()));
            refused(() ->
                    new Cursor("another-secret").decode("articles", cursor.encode("articles", keys), keys.size()));
        });
    }

    @Test
    void madeUpTextIsRefused() {
        forAll(300, () -> gen.text(2000), madeUp -> refused(madeUp, 1));
    }

    /** One to three keys of text up to 40 chars, without the separator the cursor uses between keys. */
    private List<String> keys() {
        return gen.listOf(1, 3, () -> gen.suchThat(() -> gen.text(40), s -> s.indexOf('\u001f') < 0));
    }

    private void refused(String value, int keyCount) {
        refused(() -> cursor.decode("articles", value, keyCount));
    }

    private static void refused(Executable decode) {
        ProblemException e = assertThrows(ProblemException.class, decode);
        assertEquals(400, e.status());
    }
}
