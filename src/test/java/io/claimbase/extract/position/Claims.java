package io.claimbase.extract.position;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.Certainty;
import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.QuoteSelector;
import io.claimbase.extract.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds claim lists by hand for assessor tests: sentences in reading order, untagged unless said otherwise. */
final class Claims {

    private final List<ExtractedClaim> claims = new ArrayList<>();
    private int offset;

    static Claims of(String... sentences) {
        Claims c = new Claims();
        for (String s : sentences) {
            c.author(s);
        }
        return c;
    }

    Claims author(String text) {
        return add(text, Attribution.AUTHOR, Certainty.ASSERTED, List.of());
    }

    Claims reported(String source, String text) {
        return add(text, Attribution.reported(source), Certainty.ASSERTED, List.of());
    }

    Claims hedged(String text) {
        return add(text, Attribution.AUTHOR, Certainty.HEDGED, List.of());
    }

    Claims tagged(String text, String... actors) {
        return add(text, Attribution.AUTHOR, Certainty.ASSERTED, List.of(actors));
    }

    List<ExtractedClaim> list() {
        return List.copyOf(claims);
    }

    private Claims add(String text, Attribution attribution, Certainty certainty, List<String> actors) {
        Span span = new Span(offset, offset + text.length());
        offset = span.end() + 1;
        claims.add(new ExtractedClaim(
                claims.size(),
                text,
                span,
                new QuoteSelector(text, "", ""),
                ClaimKind.ASSESSMENT,
                attribution,
                certainty,
                List.of("geopolitics.alignment"),
                null,
                actors,
                null,
                List.of(),
                0.8));
        return this;
    }
}
