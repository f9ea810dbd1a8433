package io.claimbase.extract.tag;

import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.TimePeriod;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a claim that states none but a reader knows from the text before it. The period is marked inferred,
 * with the earlier claim's time expression as its source, so a client can tell it from a stated one. Conservative,
 * never across different event types, and only from one of the {@value #REACH} claims before it:
 *
 * <ul>
 * <li>a demonstrative reference back to a dated event: "In May 2014 Gazprom and CNPC signed a 30-year contract. That
 * deal doubled …" — the second claim is about May 2014 too ("that deal", "the same summit", "that year");</li>
 * <li>a fact that goes on with the account of one dated day in the same paragraph: "Two bombers flew over the Sea of
 * Japan on Tuesday. Four fighters shadowed them." — only after a period of one day (or a few, "on 3–4 May"), the
 * grain of a news account; a year or a month is the backdrop of many claims a reader would not date.</li>
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class DiscourseTime {

    static final int REACH = 3;
    /** The longest stated period, in days, whose account a following fact continues ("on 3–5 May"). */
    static final int ACCOUNT_DAYS = 7;

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:that|this|these|those|the same)\\s+"
            + "(?:deal|deals|agreement|agreements|accord|contract|loan|loans|pact|treaty|summit|visit|meeting|talks"
            + "|exercise|exercises|drills|manoeuvres|maneuvers|patrol|sanctions|package|vote|election|referendum"
            + "|announcement|statement|decision|cut|day|week|month|year)\\b");

    private DiscourseTime() {}

    /**
     * The claims, with the period of each claim that names none inferred from the text before it.
     *
     * @param paragraphs the paragraph of each claim (same size as {@code claims})
     */
    public static List<ExtractedClaim> infer(List<ExtractedClaim> claims, List<Integer> paragraphs) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim claim = claims.get(i);
            if (claim.time() != null) {
                out.add(claim);
                continue;
            }
            ExtractedClaim referring = referringBack(claim, out, i);
            out.add(referring != claim ? referring : continuingTheAccount(claim, out, paragraphs, i));
        }
        return List.copyOf(out);
    }

    private static ExtractedClaim continuingTheAccount(
            ExtractedClaim claim, List<ExtractedClaim> before, List<Integer> paragraphs, int index) {
        if (claim.kind() != ClaimKind.FACT) {
            return claim;
        }
        for (int j = index - 1;
                j >= 0 && j >= index - REACH && paragraphs.get(j).equals(paragraphs.get(index));
                j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null) {
                continue;
            }
            boolean account = time.resolved()
                    && time.start() != null
                    && time.end() != null
                    && ChronoUnit.DAYS.between(time.start(), time.end()) < ACCOUNT_DAYS
                    && sameEvent(claim, source);
            return account ? inherit(claim, null, time) : claim;
        }
        return claim;
    }

    private static ExtractedClaim referringBack(ExtractedClaim claim, List<ExtractedClaim> before, int index) {
        Matcher reference = BACK_REFERENCE.matcher(claim.text().toLowerCase(Locale.ROOT));
        if (!reference.find()) {
            return claim;
        }
        for (int j = index - 1; j >= 0 && j >= index - REACH; j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null || !time.resolved() || time.start() == null) {
                continue;
            }
            return sameEvent(claim, source) ? inherit(claim, reference.group(), time) : claim;
        }
        return claim;
    }

    /** Never across two event types: the deal's year is not the exercise's. */
    private static boolean sameEvent(ExtractedClaim claim, ExtractedClaim source) {
        return claim.eventType() == null
                || source.eventType() == null
                || claim.eventType().equals(source.eventType());
    }

    /**
     * The claim with the source's period, marked inferred from the source's own expression (or what that one was
     * inferred from); {@code text} is the claim's words that refer back, or null to use that expression too.
     */
    private static ExtractedClaim inherit(ExtractedClaim claim, String text, TimePeriod time) {
        String from = time.inferred() ? time.inferredFrom() : time.text();
        return claim.withTime(
                new TimePeriod(text != null ? text : from, time.start(), time.end(), time.precision(), true, from));
    }
}
