package io.claimbase.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset-pagination cursors: the sort key values of the last row of a page, signed so that a cursor that was
 * edited or made up is recognised and refused (400), and tied to the ordering it was made for.
 */
public final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char SEPARATOR = '\u001f';

    private final SecretKeySpec key;

    public Cursor(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Encodes the keys of the last row of a page, for the ordering named {@code scope}. */
    public String encode(String scope, List<String> keys) {
        String payload = scope + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(signature(body));
    }

    /** Decodes a cursor made by {@link #encode} for the same scope; anything else is a 400 on parameter {@code cursor}. */
    public List<String> decode(String scope, String cursor, int keyCount) {
        int dot = cursor.indexOf('.');
        if (dot < 0 || cursor.length() > 1024) {
            throw invalid();
        }
        byte[] body;
        byte[] given;
        try {
            body = DECODER.decode(cursor.substring(0, dot));
            given = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // only the spelling we issue: the decoder ignores the unused low bits of a last char, and accepts padding
        if (!cursor.equals(ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(given))
                || !MessageDigest.isEqual(signature(body), given)) {
            throw invalid();
        }
        List<String> parts = new ArrayList<>(
                Arrays.asList(new String(body, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1)));
        if (parts.size() != keyCount + 1 || !parts.get(0).equals(scope)) {
            throw invalid();
        }
        return List.copyOf(parts.subList(1, parts.size()));
    }

    /**
     * Turns rows fetched with one more than {@code size} into a page: at most {@code size} items, and a cursor made of
     * the last item's keys when more rows exist.
     */
    public <T> Page<T> page(String scope, List<T> rows, int size, Function<T, List<String>> keys) {
        boolean more = rows.size() > size;
        List<T> items = List.copyOf(more ? rows.subList(0, size) : rows);
        return new Page<>(items, more ? encode(scope, keys.apply(items.get(size - 1))) : null);
    }

    /** For orderings by id alone: the id after which the page starts, or null for the first page. */
    public Long afterId(String scope, String cursor) {
        if (cursor == null) {
            return null;
        }
        Long id = Ids.parse(decode(scope, cursor, 1).get(0));
        if (id == null) {
            throw invalid();
        }
        return id;
    }

    private static ProblemException invalid() {
        return ProblemException.badParameter("cursor", "is not a cursor this service issued for this query");
    }

    private byte[] signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
