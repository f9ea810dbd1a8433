package io.claimbase.extract;

import io.claimbase.extract.text.DateLines;
import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.TextShapes;
import java.util.regex.Pattern;

/**
 * The title: the heading above the byline, else the first heading before the body, else a title-case heading left
 * as the last line. Short crumbs above it leave the body.
 */
final class TitleLine {

    private static final int MAX_HEADING_WORDS = 20;
    private static final int MIN_HEADING_WORDS = 3;
    private static final int MAX_CRUMB_WORDS = 4;
    private static final double TITLE_CASE_SHARE = 0.6;
    /** Separators of a section label ("NEWS ANALYSIS · Arctic", "World | Asia", "POLICY BRIEF | No. 31/2024"). */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s[|·•/]\\s");
    /** A section label's parts are short; a page title "Why X matters | The Outlet" has a long one. */
    private static final int MAX_LABEL_PART_WORDS = 3;

    private TitleLine() {}

    static void find(MetadataScan s) {
        int found = -1;
        if (s.bylineLine >= 0) {
            for (int i = s.bylineLine - 1; i >= 0 && found < 0; i--) {
                if (s.isContent(i) && isHeading(s, s.lines.get(i))) {
                    found = i;
                }
            }
        }
        for (int i = 0; i < s.firstBody && found < 0; i++) {
            if (s.isContent(i) && isHeading(s, s.lines.get(i))) {
                found = i;
            }
        }
        if (found < 0) {
            int last = lastContent(s);
            if (last > s.firstBody
                    && isHeading(s, s.lines.get(last))
                    && TextShapes.titleCaseShare(s.text(last)) >= TITLE_CASE_SHARE) {
                found = last;
            }
        }
        if (found < 0) {
            return;
        }
        s.title = s.text(found);
        for (int i = 0; i < found && i < s.firstBody; i++) {
            if (s.isContent(i)
                    && TextShapes.wordCount(s.text(i)) <= MAX_CRUMB_WORDS
                    && !TextShapes.endsLikeSentence(s.text(i))) {
                s.remove[i] = true;
            }
        }
    }

    private static int lastContent(MetadataScan s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.isContent(i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeading(MetadataScan s, RawLine line) {
        String t = line.text();
        int words = TextShapes.wordCount(t);
        char first = t.charAt(0);
        return !line.bullet()
                && words >= MIN_HEADING_WORDS
                && words <= MAX_HEADING_WORDS
                && (Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'".indexOf(first) >= 0)
                && (!TextShapes.endsLikeSentence(t) || TextShapes.isQuestion(t))
                && DateLines.find(t).isEmpty()
                && !(t.equalsIgnoreCase(s.author))
                && !isSectionLabel(t);
    }

    /** "NEWS ANALYSIS · Arctic", "OPINION | World": parts of a few words each, set apart by separators. */
    private static boolean isSectionLabel(String t) {
        String[] parts = LABEL_SEPARATOR.split(t);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (TextShapes.wordCount(part) > MAX_LABEL_PART_WORDS) {
                return false;
            }
        }
        return true;
    }
}
