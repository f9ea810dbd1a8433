package io.claimbase.extract;

import io.claimbase.extract.text.DateLines;
import io.claimbase.extract.text.DateLines.StatedDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines at the top of an article that name the author or the date: a byline "By X" (with an affiliation or a date
 * after it), a line that is only a date, or "…, X writes." near the top.
 */
final class Bylines {

    /**
     * "By X", "By X in Santiago", "Words by X", "Text and photographs by X", "Analyst: X, Head of …", with an
     * affiliation or a date after it.
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y|(?:Words|Text|Story|Written|Photographs|Photos)"
            + "(?: and (?:photographs|photos|pictures|text|words))? by|Analyst|Author)"
            + ":?\\s+(" + PersonNames.NAME + "(?:\\s+(?:and|&)\\s+" + PersonNames.NAME + ")?)"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)?"
            + "\\s*(?:[,|·•–—-]\\s*(.+?))?\\.?$");
    /** "Jens Holm · Published 8 April 2025": a name and its publication date on one line. */
    private static final Pattern NAME_PUBLISHED =
            Pattern.compile("^(" + PersonNames.NAME + ")\\s*[·|•]\\s*(?:Published|Posted|Updated)\\s+(.+?)$");
    /** "…, Selin Kaya writes." / "… , X reports." / "… , X argues.": a standfirst naming its author. */
    private static final Pattern WRITES = Pattern.compile(
            "(?:^|[,;:.]\\s+|\\s[–—-]\\s+)(" + PersonNames.NAME + ")\\s+(?:writes|reports|argues)\\.?$");
    /** The same with the verb first: "…, writes Marguerite Osei-Lindahl." */
    private static final Pattern WRITES_INVERTED =
            Pattern.compile("(?:^|[,;:.]\\s+)(?:writes|reports|argues)\\s+(" + PersonNames.NAME + ")\\.?$");

    private static final int MAX_TOP_SCAN = 15;

    private Bylines() {}

    /** The first top line that is a byline, furniture lines included ("By X · 5 May 2024 · 6 min read"). */
    static void byline(MetadataScan s) {
        int scanned = 0;
        for (int i = 0; i < s.size() && scanned < MAX_TOP_SCAN; i++) {
            if (s.remove[i]) {
                continue;
            }
            scanned++;
            Matcher m = BYLINE.matcher(s.text(i));
            Matcher published = NAME_PUBLISHED.matcher(s.text(i));
            if (!m.matches()
                    && published.matches()
                    && DateLines.find(published.group(2).strip()).isPresent()) {
                m = published;
            }
            if (m.matches()) {
                s.author = m.group(1).strip();
                String rest = m.group(2);
                if (rest != null) {
                    Optional<StatedDate> stated = DateLines.find(rest.strip());
                    if (stated.isPresent()) {
                        s.date = stated.get();
                    } else {
                        s.affiliation = Institution.in(rest);
                    }
                }
                s.bylineLine = i;
                s.remove[i] = true;
                return;
            }
        }
    }

    /**
     * The first top line that states a date, furniture lines included ("2 June 2025 · 14 min read"); when it states
     * only a month, a later top line that states a day of that month ("Published 6 May 2025").
     */
    static void date(MetadataScan s) {
        if (s.date != null) {
            return;
        }
        int scanned = 0;
        boolean ofAMonth = false;
        for (int i = 0; i < s.size() && scanned < MAX_TOP_SCAN; i++) {
            if (s.remove[i]) {
                continue;
            }
            scanned++;
            Optional<StatedDate> stated = DateLines.find(s.text(i));
            if (stated.isEmpty()) {
                continue;
            }
            if (ofAMonth && !inTheMonth(stated.get(), s.date)) {
                return; // a date of another month than the issue's: the month stands
            }
            s.remove[i] = true;
            if (ofAMonth || stated.get().precision() == DatePrecision.DAY) {
                s.date = stated.get();
                return;
            }
            // "Policy Brief No. 14 | May 2025 | … | Published 6 May 2025": an issue's month, and the day of the month
            // further down says when it came out
            s.date = stated.get();
            ofAMonth = true;
        }
    }

    /** Whether a day-precise date lies in the month of {@code month}. */
    private static boolean inTheMonth(StatedDate day, StatedDate month) {
        return day.precision() == DatePrecision.DAY
                && day.date().getYear() == month.date().getYear()
                && day.date().getMonth() == month.date().getMonth();
    }

    static void writes(MetadataScan s) {
        int scanned = 0;
        for (int i = 0; i < s.size() && scanned < 3; i++) {
            if (!s.isContent(i)) {
                continue;
            }
            scanned++;
            for (Pattern pattern : List.of(WRITES, WRITES_INVERTED)) {
                Matcher m = pattern.matcher(s.text(i));
                if (m.find()) {
                    s.author = m.group(1);
                    return;
                }
            }
        }
    }
}
