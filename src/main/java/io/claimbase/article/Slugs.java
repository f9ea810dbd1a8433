package io.claimbase.article;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe slugs for names: "Pavel K. Baev" → "pavel-k-baev". */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "author" : slug;
    }
}
