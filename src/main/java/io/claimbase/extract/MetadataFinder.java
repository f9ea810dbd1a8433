package io.claimbase.extract;

import io.claimbase.extract.text.DateLines;
import io.claimbase.extract.text.DateLines.StatedDate;
import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metadata an article states about itself: the title (the heading above the byline, else the first heading
 * before the body, else a title-case heading left as the last line), the author (a byline "By X", "…, X writes.", a
 * standalone name line that recurs or is followed by a role line, or a trailing bio "X is a professor at…"), the
 * affiliation (from the byline, the role line or the bio) and the publication date (a line that is only a date).
 * It never invents: what the text does not state stays null. It also says which lines are metadata or crumbs, so
 * they stay out of the cleaned body. Thread-safe.
 */
final class MetadataFinder {

    /**
     * What was found; {@code affiliation} is the institution named in the byline, role line or bio, {@code outlet} the
     * publication a republication note names; {@code remove[i]} marks line {@code i} as metadata or crumb, to leave
     * out of the body.
     */
    record Found(String title, String author, String affiliation, String outlet, StatedDate date, boolean[] remove) {}

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]+|\\p{Lu}\\.?)";
    private static final String PARTICLE = "(?:de|da|van|von|der|den|bin|al|el|le|la|du|del|di|dos)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_WORD + "){1,4}";
    private static final Pattern NAME_LINE = Pattern.compile(NAME);
    private static final Pattern BYLINE = Pattern.compile(
            "^[Bb]y:?\\s+(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME + ")?)\\s*(?:[,|–—-]\\s*(.+?))?\\.?$");
    /** "…, Selin Kaya writes." / "… , X reports." / "… , X argues.": a standfirst naming its author. */
    private static final Pattern WRITES =
            Pattern.compile("(?:^|[,;:.]\\s+|\\s[–—-]\\s+)(" + NAME + ")\\s+(?:writes|reports|argues)\\.?$");
    /** Separators of a section label ("NEWS ANALYSIS · Arctic", "World | Asia", "POLICY BRIEF | No. 31/2024"). */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s[|·•/]\\s");
    /** A section label's parts are short; a page title "Why X matters | The Outlet" has a long one. */
    private static final int MAX_LABEL_PART_WORDS = 3;

    private static final Pattern BIO_APPOSITIVE =
            Pattern.compile("^(" + NAME + "),\\s+(.+?),\\s+(?:has|had|is|was|who|and|also)\\b.*");
    private static final Pattern BIO_IS =
            Pattern.compile("^(" + NAME + ")\\s+(?:is|was)\\s+(?:(?:a|an|the)\\s+)?(.+?)(?:\\.\\s.*|\\.)?$");
    /**
     * A bio by beat: "Marta Oliveira reports on Latin America for …", "X teaches international relations at …", also
     * after an appositive ("X, a former diplomat, writes on Eurasian security.").
     */
    private static final Pattern BIO_BEAT = Pattern.compile("^(" + NAME + ")(?:,\\s+[^,]{1,80},)?\\s+"
            + "(?:reports|covers|writes|edits|teaches|lectures|works|leads|heads|directs|is based)\\b.*");

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:He|She|They|His|Her|Their)\\s.*");
    private static final Pattern REPUBLISHED_FROM = Pattern.compile(
            "(?i:.*\\b(?:republished|reprinted|first published|originally published|first appeared|originally appeared)"
                    + "(?:\\s+with permission)?\\s+(?:from|in|on|at|by))\\s+(\\p{Lu}[^.,;]{1,60})\\.?");
    private static final int MAX_TOP_SCAN = 15;
    /** Without a known author, only the last lines may be a bio: a name + role in the body is not one. */
    private static final int TRAILING_BIO_LINES = 3;

    private static final int MAX_HEADING_WORDS = 20;
    private static final int MIN_HEADING_WORDS = 3;
    private static final int MAX_ROLE_LINE_WORDS = 12;
    private static final int MAX_AFFILIATION_WORDS = 30;
    private static final int MAX_CRUMB_WORDS = 4;
    private static final int MIN_BODY_WORDS = 8;
    private static final double TITLE_CASE_SHARE = 0.6;

    private final Set<String> roleWords;

    MetadataFinder(Cues.MetadataCues cues) {
        this.roleWords = Set.copyOf(cues.roleWords());
    }

    Found find(List<RawLine> lines, boolean[] drop, String givenAuthor) {
        Scan scan = new Scan(lines, drop);
        scan.byline();
        scan.date();
        if (scan.author == null) {
            scan.writes();
        }
        scan.nameLine(givenAuthor);
        scan.bio(givenAuthor);
        scan.title();
        return new Found(scan.title, scan.author, scan.affiliation, outlet(lines), scan.date, scan.remove);
    }

    /** "This piece was republished from China-US Focus": the outlet a republication note names, or null. */
    private static String outlet(List<RawLine> lines) {
        for (RawLine line : lines) {
            Matcher m = REPUBLISHED_FROM.matcher(line.text());
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** One pass over one article; not shared between threads. */
    private final class Scan {
        private final List<RawLine> lines;
        private final boolean[] drop;
        private final boolean[] remove;
        private final int firstBody;
        private String title;
        private String author;
        private String affiliation;
        private StatedDate date;
        private int bylineLine = -1;

        Scan(List<RawLine> lines, boolean[] drop) {
            this.lines = lines;
            this.drop = drop;
            this.remove = new boolean[lines.size()];
            int body = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (isContent(i) && isBody(lines.get(i))) {
                    body = i;
                    break;
                }
            }
            this.firstBody = body;
        }

        private boolean isContent(int i) {
            return !drop[i] && !remove[i];
        }

        private String text(int i) {
            return lines.get(i).text();
        }

        void byline() {
            int scanned = 0;
            for (int i = 0; i < lines.size() && scanned < MAX_TOP_SCAN; i++) {
                if (!isContent(i)) {
                    continue;
                }
                scanned++;
                Matcher m = BYLINE.matcher(text(i));
                if (m.matches()) {
                    author = m.group(1).strip();
                    String rest = m.group(2);
                    if (rest != null) {
                        Optional<StatedDate> stated = DateLines.parse(rest.strip());
                        if (stated.isPresent()) {
                            date = stated.get();
                        } else {
                            affiliation = Institution.in(rest);
                        }
                    }
                    bylineLine = i;
                    remove[i] = true;
                    return;
                }
            }
        }

        void date() {
            if (date != null) {
                return;
            }
            int scanned = 0;
            for (int i = 0; i < lines.size() && scanned < MAX_TOP_SCAN; i++) {
                if (!isContent(i)) {
                    continue;
                }
                scanned++;
                Optional<StatedDate> stated = DateLines.parse(text(i));
                if (stated.isPresent()) {
                    date = stated.get();
                    remove[i] = true;
                    return;
                }
            }
        }

        void writes() {
            int scanned = 0;
            for (int i = 0; i < lines.size() && scanned < 3; i++) {
                if (!isContent(i)) {
                    continue;
                }
                scanned++;
                Matcher m = WRITES.matcher(text(i));
                if (m.find()) {
                    author = m.group(1);
                    return;
                }
            }
        }

        /** A line that is only a person's name, confirmed by a repeat, a role line after it or a bio. */
        void nameLine(String givenAuthor) {
            for (int i = 0; i < lines.size(); i++) {
                if (!isContent(i) || !NAME_LINE.matcher(text(i)).matches() || hasRoleWord(text(i))) {
                    continue;
                }
                String name = text(i);
                boolean known = name.equalsIgnoreCase(author) || name.equalsIgnoreCase(givenAuthor);
                int roleLine = roleLineAfter(i);
                if (author != null && !known) {
                    continue;
                }
                if (!known && occurrences(name) < 2 && roleLine < 0 && !hasBio(name)) {
                    continue;
                }
                if (author == null) {
                    author = name;
                }
                for (int j = 0; j < lines.size(); j++) {
                    if (text(j).equalsIgnoreCase(name)) {
                        remove[j] = true;
                        int role = roleLineAfter(j);
                        if (role >= 0) {
                            remove[role] = true;
                            if (affiliation == null) {
                                affiliation = Institution.in(text(role));
                            }
                        }
                    }
                }
                return;
            }
        }

        /** The next content line when it is a short role or affiliation line ("Senior Fellow at Kennan Institute"). */
        private int roleLineAfter(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (!isContent(j) || text(j).equalsIgnoreCase(text(i))) {
                    continue;
                }
                String t = text(j);
                boolean role = TextShapes.wordCount(t) <= MAX_ROLE_LINE_WORDS
                        && !TextShapes.endsLikeSentence(t)
                        && hasRoleWord(t)
                        && Character.isUpperCase(t.charAt(0));
                return role ? j : -1;
            }
            return -1;
        }

        private int occurrences(String name) {
            int count = 0;
            for (RawLine line : lines) {
                if (line.text().equalsIgnoreCase(name)) {
                    count++;
                }
            }
            return count;
        }

        private boolean hasBio(String name) {
            for (int i = 0; i < lines.size(); i++) {
                if (isContent(i) && bioAffiliation(text(i), name) != null) {
                    return true;
                }
            }
            return false;
        }

        /** A trailing paragraph about the author; removed from the body, and its role kept as the affiliation. */
        void bio(String givenAuthor) {
            String known = givenAuthor != null ? givenAuthor : author;
            int candidates = known == null ? TRAILING_BIO_LINES : Integer.MAX_VALUE;
            for (int i = lines.size() - 1; i >= Math.max(0, firstBody) && candidates > 0; i--) {
                if (!isContent(i)) {
                    continue;
                }
                candidates--;
                String name = known != null ? known : bioName(text(i));
                String role = name == null ? null : knownAuthorBio(text(i), name);
                if (role == null) {
                    continue;
                }
                if (author == null) {
                    author = name;
                }
                if (affiliation == null && !role.isEmpty()) {
                    affiliation = Institution.in(role);
                }
                remove[i] = true;
                for (int j = i + 1;
                        j < lines.size()
                                && (!isContent(j)
                                        || PRONOUN_START.matcher(text(j)).matches());
                        j++) {
                    remove[j] = remove[j] || isContent(j);
                }
                return;
            }
        }

        private String bioName(String text) {
            for (Pattern pattern : List.of(BIO_IS, BIO_APPOSITIVE, BIO_BEAT)) {
                Matcher m = pattern.matcher(text);
                if (m.matches()) {
                    return m.group(1);
                }
            }
            return null;
        }

        /**
         * The role phrase when {@code text} is a bio of one of the {@code authors} ("A and B" are two), "" for a bio
         * that names a beat but no role ("A reports on Latin America"), else null.
         */
        private String knownAuthorBio(String text, String authors) {
            Matcher beat = BIO_BEAT.matcher(text);
            String beatName = beat.matches() ? beat.group(1) : null;
            for (String name : AUTHOR_SEPARATOR.split(authors.strip())) {
                if (name.isEmpty()) {
                    continue;
                }
                String role = bioAffiliation(text, name);
                if (role != null) {
                    return role;
                }
                if (name.equalsIgnoreCase(beatName)) {
                    return "";
                }
            }
            return null;
        }

        /** The role phrase when {@code text} is a bio of {@code name}, else null. */
        private String bioAffiliation(String text, String name) {
            if (!text.regionMatches(true, 0, name, 0, name.length())) {
                return null;
            }
            for (Pattern pattern : List.of(BIO_APPOSITIVE, BIO_IS)) {
                Matcher m = pattern.matcher(text);
                if (m.matches()
                        && m.group(1).equalsIgnoreCase(name)
                        && hasRoleWord(m.group(2))
                        && TextShapes.wordCount(m.group(2)) <= MAX_AFFILIATION_WORDS) {
                    return m.group(2).strip();
                }
            }
            return null;
        }

        void title() {
            int found = -1;
            if (bylineLine >= 0) {
                for (int i = bylineLine - 1; i >= 0 && found < 0; i--) {
                    if (isContent(i) && isHeading(lines.get(i))) {
                        found = i;
                    }
                }
            }
            for (int i = 0; i < firstBody && found < 0; i++) {
                if (isContent(i) && isHeading(lines.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                int last = lastContent();
                if (last > firstBody
                        && isHeading(lines.get(last))
                        && TextShapes.titleCaseShare(text(last)) >= TITLE_CASE_SHARE) {
                    found = last;
                }
            }
            if (found < 0) {
                return;
            }
            title = text(found);
            for (int i = 0; i < found && i < firstBody; i++) {
                if (isContent(i)
                        && TextShapes.wordCount(text(i)) <= MAX_CRUMB_WORDS
                        && !TextShapes.endsLikeSentence(text(i))) {
                    remove[i] = true;
                }
            }
        }

        private int lastContent() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (isContent(i)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isHeading(RawLine line) {
            String t = line.text();
            int words = TextShapes.wordCount(t);
            char first = t.charAt(0);
            return !line.bullet()
                    && words >= MIN_HEADING_WORDS
                    && words <= MAX_HEADING_WORDS
                    && (Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'".indexOf(first) >= 0)
                    && (!TextShapes.endsLikeSentence(t) || TextShapes.isQuestion(t))
                    && DateLines.parse(t).isEmpty()
                    && !(t.equalsIgnoreCase(author))
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

    private static boolean isBody(RawLine line) {
        return !line.bullet()
                && TextShapes.endsLikeSentence(line.text())
                && TextShapes.wordCount(line.text()) >= MIN_BODY_WORDS;
    }

    private boolean hasRoleWord(String text) {
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (roleWords.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }
}
