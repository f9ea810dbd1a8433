package io.claimbase.extract.tag;

import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a claim that names no period speaks about the period of the dated claim just before it in its paragraph
 * ("The 2019 accord doubled deliveries. Under it, Gazprom ships ..."): the features a learned yes/no model reads
 * (trained offline on the annotated sets, where a reader marked such periods inferred).
 */
public final class TimeCarry {

    /** How many claims back the dated claim may be, within the paragraph. */
    public static final int REACH = 3;

    private TimeCarry() {}

    /**
     * The features of a claim without a period and the dated claim {@code distance} claims before it: the claim's
     * words and word pairs ({@link EventFeatures#addWords}), its first word, its tense, kind, certainty, voice and event
     * type; the dated claim's precision, kind, event type and whether its own period was inferred; the distance, and
     * whether both claims name the same event type.
     */
    public static List<String> features(ExtractedClaim claim, ExtractedClaim dated, int distance) {
        Set<String> f = new LinkedHashSet<>();
        Tokens words = Tokens.of(claim.text());
        EventFeatures.addWords(words, f);
        if (words.size() > 0) {
            f.add("first:" + words.word(0).toLowerCase(Locale.ROOT));
        }
        f.add("tense:" + Tense.of(claim.text()).name().toLowerCase(Locale.ROOT));
        f.add("kind:" + claim.kind().name().toLowerCase(Locale.ROOT));
        f.add("cert:" + claim.certainty().name().toLowerCase(Locale.ROOT));
        f.add("voice:" + claim.attribution().type().name().toLowerCase(Locale.ROOT));
        f.add("ev:" + (claim.eventType() == null ? "none" : claim.eventType()));
        TimePeriod period = dated.time();
        f.add("prec:" + period.precision().name().toLowerCase(Locale.ROOT));
        f.add("dkind:" + dated.kind().name().toLowerCase(Locale.ROOT));
        f.add("dev:" + (dated.eventType() == null ? "none" : dated.eventType()));
        if (period.inferred()) {
            f.add("dinferred");
        }
        if (claim.eventType() != null && claim.eventType().equals(dated.eventType())) {
            f.add("sameevent");
        }
        f.add("dist:" + distance);
        f.add("len:" + Math.min(words.size() / 8, 4));
        return new ArrayList<>(f);
    }
}
