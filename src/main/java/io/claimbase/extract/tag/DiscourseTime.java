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
 * The period of a claim that states none but a reader knows from the text around it. The period is marked inferred,
 * with the other claim's time expression as its source, so a client can tell it from a stated one. Conservative,
 * never across different event types, and only from one of the {@value #REACH} claims before it (or the one right
 * after it):
 *
 * <ul>
 * <li>a reference back to a dated event: "In May 2014 Gazprom and CNPC signed a 30-year contract. That deal doubled …"
 * — the second claim is about May 2014 too ("that deal", "the same summit", "that year", "the same stretch");</li>
 * <li>a reference back from a claim after it: "Rosneft was close to buying the refinery. It got into this deal
 * because of loans it made in 2016." — the first claim names an event and no time, the next dated claim (one of the
 * next {@value #FORWARD}, same paragraph) refers back to that event ("this deal") and dates it;</li>
 * <li>a fact that goes on with the account of one dated day:
 * "Two bombers flew over the Sea of Japan on Tuesday. Four fighters shadowed them." — only after a period of one day
 * (or a few, "on 3–4 May"), the grain of a news account; a year or a month is the backdrop of many claims a reader
 * would not date. In the same paragraph; a news lead's day or two (the article's first claim: "on Tuesday") carries
 * over the paragraphs after it, until a claim states a time of its own.</li>
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class DiscourseTime {

    static final int REACH = 3;
    /** The longest stated period, in days, whose account a following fact continues ("on 3–5 May"). */
    static final int ACCOUNT_DAYS = 7;
    /** The longest lead period, in days, whose account the paragraphs after it continue ("on Tuesday", "on 3–4 May"). */
    static final int LEAD_DAYS = 2;

    static final int LEAD_CLAIMS = 2;
    /** How far ahead a claim that refers back to an undated event may come. */
    static final int FORWARD = 2;

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:that|this|these|those|the same)\\s+"
                    + "(?:deal|deals|agreement|agreements|accord|contract|loan|loans|pact|treaty|summit|visit|meeting|talks"
                    + "|exercise|exercises|drills|manoeuvres|maneuvers|patrol|sanctions|package|vote|election|referendum"
                    + "|announcement|statement|decision|cut|clash|communiqué|declaration|day|week|month|year|stretch|period)\\b");

    /** A reference to a time rather than to an event ("that year", "the same stretch"). */
    private static final Pattern TIME_WORD = Pattern.compile("\\b(?:day|week|month|year|stretch|period)$");

    private DiscourseTime() {}

    /**
     * The claims, with the period of each claim that names none inferred from the text before it.
     *
     * @param paragraphs the paragraph of each claim (same size as {@code claims})
     */
    public static List<ExtractedClaim> infer(List<ExtractedClaim> claims, List<Integer> paragraphs) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        TimePeriod lead = lead(claims);
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim claim = claims.get(i);
            if (claim.time() != null) {
                out.add(claim);
                continue;
            }
            ExtractedClaim referring = referringBack(claim, out, i);
            if (referring == claim) {
                referring = referredToNext(claim, claims, paragraphs, i);
            }
            out.add(referring != claim ? referring : continuingTheAccount(claim, out, paragraphs, i, lead));
        }
        return List.copyOf(out);
    }

    /**
     * The news lead's period: the first stated time of the article, when it is in one of its first {@value #LEAD_CLAIMS}
     * claims (a caption may come first) and a day or two long; else null.
     */
    private static TimePeriod lead(List<ExtractedClaim> claims) {
        for (int i = 0; i < claims.size() && i < LEAD_CLAIMS; i++) {
            TimePeriod time = claims.get(i).time();
            if (time != null) {
                return isAccount(time, LEAD_DAYS) ? time : null;
            }
        }
        return null;
    }

    /** A period of fewer than {@code days} days: the grain of a news account. */
    private static boolean isAccount(TimePeriod time, int days) {
        return time != null
                && time.resolved()
                && time.start() != null
                && time.end() != null
                && ChronoUnit.DAYS.between(time.start(), time.end()) < days;
    }

    private static ExtractedClaim continuingTheAccount(
            ExtractedClaim claim, List<ExtractedClaim> before, List<Integer> paragraphs, int index, TimePeriod lead) {
        if (claim.kind() != ClaimKind.FACT) {
            return claim;
        }
        for (int j = index - 1; j >= 0 && j >= index - REACH; j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null) {
                continue;
            }
            boolean sameParagraph = paragraphs.get(j).equals(paragraphs.get(index));
            boolean ofTheLead = lead != null
                    && (time == lead || time.inferred() && lead.text().equals(time.inferredFrom()));
            boolean account = isAccount(time, ACCOUNT_DAYS) && (sameParagraph || ofTheLead) && sameEvent(claim, source);
            return account ? inherit(claim, null, time) : claim;
        }
        return claim;
    }

    /**
     * The claim names an event and no time; the first claim after it that states a time, one of the next {@value
     * #FORWARD} in the same paragraph, refers back to that event ("this deal") and so dates it.
     */
    private static ExtractedClaim referredToNext(
            ExtractedClaim claim, List<ExtractedClaim> claims, List<Integer> paragraphs, int index) {
        if (claim.eventType() == null) {
            return claim;
        }
        for (int k = index + 1;
                k < claims.size() && k <= index + FORWARD && paragraphs.get(k).equals(paragraphs.get(index));
                k++) {
            ExtractedClaim next = claims.get(k);
            TimePeriod time = next.time();
            if (time == null) {
                continue;
            }
            Matcher reference = BACK_REFERENCE.matcher(next.text().toLowerCase(Locale.ROOT));
            boolean dates = time.resolved()
                    && time.start() != null
                    && reference.find()
                    && !TIME_WORD.matcher(reference.group()).find()
                    && claim.eventType().equals(next.eventType());
            return dates ? inherit(claim, null, time) : claim;
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
