package io.claimbase.extract;

import io.claimbase.extract.text.DateLines;
import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.TextShapes;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title: the heading above the byline, else the first heading before the body (a question opening the body
 * counts), else a title-case heading left as the last line. A masthead (the site's or the institute's name, a line in
 * capitals, a name with its tagline) gives way to the headline under it, and leaves the body; a headline of one or two
 * sentences over the byline or date line counts. Short crumbs above the title leave the body.
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

    /** A masthead's name is short: "Steppe Notes", "The Harbour Ledger", "Letters to the Editor". */
    private static final int MAX_MASTHEAD_WORDS = 4;
    /**
     * Under a short title-case line, a longer heading is a standfirst ("Rivals at the Table" over a 14-word
     * summary), not the headline under a name.
     */
    private static final int MAX_HEADLINE_UNDER_NAME = 12;
    /** A line in capitals: "POLICY BRIEF No. 11/2025" (a stray lowercase letter allowed). */
    private static final double UPPER_SHARE = 0.8;
    /** A name, a dash and a tagline: "Field Notes — a blog on ports", "Centre for X – University of Y". */
    private static final Pattern MASTHEAD_DASH = Pattern.compile("([^:?“\"‘]{1,50}?)\\s[—–]\\s(.+)");

    private static final Set<String> MASTHEAD_SMALL_WORDS = Set.of(
            "of",
            "the",
            "to",
            "for",
            "on",
            "in",
            "and",
            "&",
            "at",
            "a",
            // a name in another language: "Agencia Austral de Noticias", "Institut für …"
            "de",
            "del",
            "della",
            "di",
            "da",
            "do",
            "dos",
            "das",
            "du",
            "des",
            "la",
            "le",
            "les",
            "el",
            "van",
            "von",
            "der",
            "den",
            "für",
            "y",
            "e",
            "et",
            "und");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”’\"']?(\\s|$)");
    /**
     * A line of metadata, not a heading: "Posted in: …", "Posted 3 May 2025 by …", "Filed under …", and a memo's
     * address lines ("To: Executive Committee", "From: …", "Cc: …"), whose "Re:" or "Subject:" line may be the title.
     */
    private static final Pattern METADATA_OPENER =
            Pattern.compile("(?i)((posted|filed|published|updated|by)\\b|(to|from|cc|bcc|date|attn|attention)\\s*:).*");
    /** A wire dateline on a line of its own: "OSLO, 4 March 2025 (North Wire)". */
    private static final Pattern DATELINE =
            Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40},[^()]{1,40}\\([^()]{2,40}\\)\\s*[-–—]*");

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
        if (found < 0 && isQuestionHeadline(s, s.firstBody)) {
            found = s.firstBody;
        }
        if (found >= 0 && isMasthead(s.text(found))) {
            int masthead = found;
            found = headlineAfterMasthead(s, masthead);
            if (found != masthead) {
                s.remove[masthead] = true;
            }
        }
        if (found < 0 && isHeadlineAboveMetadata(s, s.firstBody)) {
            found = s.firstBody;
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

    /**
     * "What is in the new deal – and will it work?" as the first line of the body, with a statement after it: the
     * headline asks; the body answers.
     */
    private static boolean isQuestionHeadline(MetadataScan s, int i) {
        if (i >= s.size() || !s.isContent(i) || !TextShapes.isQuestion(s.text(i)) || !isHeading(s, s.lines.get(i))) {
            return false;
        }
        int next = nextContent(s, i + 1);
        return next >= 0 && !TextShapes.isQuestion(s.text(next));
    }

    /**
     * The site, the newsletter, the institute or the section printed above the headline: a line in capitals
     * ("PETROLEUM & POWER MONITOR"), a short name with its tagline after a dash ("Field Notes — a blog on ports and
     * shipping", "Centre for Maritime Studies – University of Elsmere") or a short name in title case with no colon
     * ("The Harbour Ledger", "Letters to the Editor").
     */
    static boolean isMasthead(String t) {
        return isPrintedMasthead(t) || isShortName(t);
    }

    /**
     * Words that make a short name in title case an institution's: "Embassy of Finland, Belgrade", "House of
     * Representatives of the States General", "Ministry of Foreign Affairs".
     */
    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "embassy",
            "consulate",
            "ministry",
            "parliament",
            "house",
            "senate",
            "assembly",
            "council",
            "commission",
            "institute",
            "centre",
            "center",
            "university",
            "college",
            "academy",
            "foundation",
            "department",
            "office",
            "agency",
            "bureau",
            "secretariat",
            "delegation",
            "mission",
            "chamber",
            "committee",
            "court");
    /** An institution's name above the headline is at most this long. */
    private static final int MAX_INSTITUTION_WORDS = 8;
    /** A headline under an institution's name or a printed masthead may be this long (a parliamentary question's). */
    private static final int MAX_HEADLINE_UNDER_MASTHEAD = 30;

    /**
     * "Embassy of Finland, Belgrade": a short name in title case, without a colon or a verb's ending punctuation,
     * naming an institution.
     */
    static boolean isInstitutionName(String t) {
        if (TextShapes.wordCount(t) > MAX_INSTITUTION_WORDS
                || t.indexOf(':') >= 0
                || TextShapes.endsLikeSentence(t)
                || !allCapitalisedButShortWords(t)) {
            return false;
        }
        for (String word : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (INSTITUTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A line in capitals, a name with its tagline after a dash, or an institution's name. */
    private static boolean isPrintedMasthead(String t) {
        if (isInstitutionName(t)) {
            return true;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        long upper = letters.chars().filter(Character::isUpperCase).count();
        if (letters.length() >= 4 && upper >= letters.length() * UPPER_SHARE) {
            return true;
        }
        Matcher dash = MASTHEAD_DASH.matcher(t);
        if (dash.matches()
                && TextShapes.wordCount(dash.group(1)) <= MAX_MASTHEAD_WORDS
                && allCapitalisedButShortWords(dash.group(1))) {
            return true;
        }
        return false;
    }

    /** A short name in title case with no colon: "The Harbour Ledger", "Letters to the Editor". */
    private static boolean isShortName(String t) {
        return TextShapes.wordCount(t) <= MAX_MASTHEAD_WORDS + 1
                && t.indexOf(':') < 0
                && TextShapes.titleCaseShare(t) >= 1.0
                && allCapitalisedButShortWords(t);
    }

    private static boolean allCapitalisedButShortWords(String t) {
        for (String word : t.split("\\s+")) {
            if (!word.isEmpty()
                    && Character.isLetter(word.charAt(0))
                    && !Character.isUpperCase(word.charAt(0))
                    && !MASTHEAD_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest heading after a masthead and before the body (a question opening the body counts; under a short
     * name, one of at most {@link #MAX_HEADLINE_UNDER_NAME} words): the headline under the site's name; the masthead
     * itself when there is none.
     */
    private static int headlineAfterMasthead(MetadataScan s, int masthead) {
        int best = -1;
        boolean printed = isPrintedMasthead(s.text(masthead));
        int end = Math.min(s.size() - 1, s.firstBody);
        for (int i = masthead + 1; i <= end; i++) {
            boolean candidate = i < s.firstBody
                    ? s.isContent(i)
                            && isHeading(s, s.lines.get(i), printed ? MAX_HEADLINE_UNDER_MASTHEAD : MAX_HEADING_WORDS)
                    : isQuestionHeadline(s, i);
            if (candidate
                    && !isMasthead(s.text(i))
                    && (printed || TextShapes.wordCount(s.text(i)) <= MAX_HEADLINE_UNDER_NAME)
                    && (best < 0 || TextShapes.wordCount(s.text(i)) > TextShapes.wordCount(s.text(best)))) {
                best = i;
            }
        }
        return best < 0 ? masthead : best;
    }

    /**
     * "Our view: The talks failed. They will resume." as the first line (after short crumbs), directly over the
     * byline or date line: a headline of one or two short sentences, which the metadata under it sets apart from the
     * body.
     */
    private static boolean isHeadlineAboveMetadata(MetadataScan s, int i) {
        if (i >= s.size()) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (s.isContent(j)
                    && (TextShapes.wordCount(s.text(j)) > MAX_CRUMB_WORDS || TextShapes.endsLikeSentence(s.text(j)))) {
                return false;
            }
        }
        String t = s.text(i);
        int next = nextNonBlank(s, i + 1);
        return next >= 0
                && s.remove[next]
                && TextShapes.wordCount(t) <= MAX_HEADING_WORDS
                && Character.isUpperCase(t.charAt(0))
                && SENTENCE_END.matcher(t.strip()).results().count() <= 2;
    }

    private static int nextContent(MetadataScan s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.isContent(i)) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(MetadataScan s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (!s.lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
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
        return isHeading(s, line, MAX_HEADING_WORDS);
    }

    private static boolean isHeading(MetadataScan s, RawLine line, int maxWords) {
        String t = line.text();
        int words = TextShapes.wordCount(t);
        char first = t.charAt(0);
        return !line.bullet()
                && words >= MIN_HEADING_WORDS
                && words <= maxWords
                && (Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'".indexOf(first) >= 0)
                && (!TextShapes.endsLikeSentence(t) || TextShapes.isQuestion(t))
                // a line that introduces what follows ("This week's question comes from a reader:") is no heading
                && !t.strip().endsWith(":")
                && DateLines.find(t).isEmpty()
                && !(t.equalsIgnoreCase(s.author))
                && !METADATA_OPENER.matcher(t).matches()
                && !DATELINE.matcher(t.strip()).matches()
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
