package io.claimbase.extract;

import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.TextShapes;
import java.util.regex.Pattern;

/**
 * A line that is only a person's name, taken as the author when it recurs, is followed by a role line ("Senior
 * Fellow at Kennan Institute", which gives the affiliation) or has a bio; the name and role lines leave the body.
 */
final class AuthorNameLine {

    private static final Pattern NAME_LINE = Pattern.compile(PersonNames.NAME);
    private static final int MAX_ROLE_LINE_WORDS = 12;

    private final RoleWords roleWords;
    private final AuthorBio bios;

    AuthorNameLine(RoleWords roleWords, AuthorBio bios) {
        this.roleWords = roleWords;
        this.bios = bios;
    }

    /** A line that is only a person's name, confirmed by a repeat, a role line after it or a bio. */
    void find(MetadataScan s, String givenAuthor) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.isContent(i) || !NAME_LINE.matcher(s.text(i)).matches() || roleWords.in(s.text(i))) {
                continue;
            }
            String name = s.text(i);
            boolean known = name.equalsIgnoreCase(s.author) || name.equalsIgnoreCase(givenAuthor);
            int roleLine = roleLineAfter(s, i);
            if (s.author != null && !known) {
                continue;
            }
            if (!known && occurrences(s, name) < 2 && roleLine < 0 && !bios.describes(s, name)) {
                continue;
            }
            if (s.author == null) {
                s.author = name;
            }
            for (int j = 0; j < s.size(); j++) {
                if (s.text(j).equalsIgnoreCase(name)) {
                    s.remove[j] = true;
                    int role = roleLineAfter(s, j);
                    if (role >= 0) {
                        s.remove[role] = true;
                        if (s.affiliation == null) {
                            s.affiliation = Institution.in(s.text(role));
                        }
                    }
                }
            }
            return;
        }
    }

    /** The next content line when it is a short role or affiliation line ("Senior Fellow at Kennan Institute"). */
    private int roleLineAfter(MetadataScan s, int i) {
        for (int j = i + 1; j < s.size(); j++) {
            if (!s.isContent(j) || s.text(j).equalsIgnoreCase(s.text(i))) {
                continue;
            }
            String t = s.text(j);
            boolean role = TextShapes.wordCount(t) <= MAX_ROLE_LINE_WORDS
                    && !TextShapes.endsLikeSentence(t)
                    && roleWords.in(t)
                    && Character.isUpperCase(t.charAt(0));
            return role ? j : -1;
        }
        return -1;
    }

    private static int occurrences(MetadataScan s, String name) {
        int count = 0;
        for (RawLine line : s.lines) {
            if (line.text().equalsIgnoreCase(name)) {
                count++;
            }
        }
        return count;
    }
}
