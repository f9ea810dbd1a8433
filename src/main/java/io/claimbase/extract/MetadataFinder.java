package io.claimbase.extract;

import io.claimbase.extract.text.DateLines.StatedDate;
import io.claimbase.extract.text.RawLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metadata an article states about itself: the title (the heading above the byline, else the first heading
 * before the body, else a title-case heading left as the last line), the author (a byline "By X", "…, X writes.", a
 * standalone name line that recurs or is followed by a role line, or a trailing bio "X is a professor at…"), the
 * affiliation (from the byline, the role line or the bio) and the publication date (a line that is only a date).
 * It never invents: what the text does not state stays null. It also says which lines are metadata or crumbs, so
 * they stay out of the cleaned body. The readers, in the order they run: {@link Bylines}, {@link AuthorNameLine},
 * {@link AuthorBio}, {@link TitleLine}, over one {@link MetadataScan}. Thread-safe.
 */
final class MetadataFinder {

    /**
     * What was found; {@code affiliation} is the institution named in the byline, role line or bio, {@code outlet} the
     * publication a republication note names; {@code remove[i]} marks line {@code i} as metadata or crumb, to leave
     * out of the body.
     */
    record Found(String title, String author, String affiliation, String outlet, StatedDate date, boolean[] remove) {}

    private static final Pattern REPUBLISHED_FROM = Pattern.compile(
            "(?i:.*\\b(?:republished|reprinted|first published|originally published|first appeared|originally appeared)"
                    + "(?:\\s+with permission)?\\s+(?:from|in|on|at|by))\\s+(\\p{Lu}[^.,;]{1,60})\\.?");

    private final AuthorBio bios;
    private final AuthorNameLine nameLines;

    MetadataFinder(Cues.MetadataCues cues) {
        RoleWords roleWords = new RoleWords(cues.roleWords());
        this.bios = new AuthorBio(roleWords);
        this.nameLines = new AuthorNameLine(roleWords, bios);
    }

    Found find(List<RawLine> lines, boolean[] drop, String givenAuthor) {
        MetadataScan scan = new MetadataScan(lines, drop);
        Bylines.byline(scan);
        Bylines.date(scan);
        if (scan.author == null) {
            Bylines.writes(scan);
        }
        nameLines.find(scan, givenAuthor);
        bios.find(scan, givenAuthor);
        TitleLine.find(scan);
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
}
