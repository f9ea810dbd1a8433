package io.claimbase.extract.tag;

import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.TimePeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a claim that states none but refers back to an event dated just before it: "In May 2014 Gazprom and
 * CNPC signed a 30-year contract. That deal doubled …" — the second claim is about May 2014 too. The period is
 * marked inferred, with the earlier claim's time expression as its source, so a client can tell it from a stated
 * one. Conservative: only a demonstrative reference to an event ("that deal", "the same summit", "that year"), only
 * to one of the {@value #REACH} claims before it, and never across different event types. Pure and thread-safe.
 */
public final class DiscourseTime {

    static final int REACH = 3;

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:that|this|these|those|the same)\\s+"
            + "(?:deal|deals|agreement|agreements|accord|contract|loan|loans|pact|treaty|summit|visit|meeting|talks"
            + "|exercise|exercises|drills|manoeuvres|maneuvers|patrol|sanctions|package|vote|election|referendum"
            + "|announcement|statement|decision|cut|day|week|month|year)\\b");

    private DiscourseTime() {}

    /** The claims, with the period of each back-reference that names none inferred from the claim it refers to. */
    public static List<ExtractedClaim> infer(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim claim = claims.get(i);
            out.add(claim.time() != null ? claim : inferred(claim, out, i));
        }
        return List.copyOf(out);
    }

    private static ExtractedClaim inferred(ExtractedClaim claim, List<ExtractedClaim> before, int index) {
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
            if (claim.eventType() != null
                    && source.eventType() != null
                    && !claim.eventType().equals(source.eventType())) {
                return claim;
            }
            String from = time.inferred() ? time.inferredFrom() : time.text();
            return claim.withTime(
                    new TimePeriod(reference.group(), time.start(), time.end(), time.precision(), true, from));
        }
        return claim;
    }
}
