package io.claimbase.extract;

import io.claimbase.extract.text.TextShapes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trailing paragraph about the author ("X is a professor at…", "X, a former diplomat, writes on…"): removed from the
 * body, its name taken as the author when none is known and its role as the affiliation.
 */
final class AuthorBio {

    private static final String NAME = PersonNames.NAME;
    private static final Pattern BIO_APPOSITIVE =
            Pattern.compile("^(" + NAME + "),\\s+(.+?),\\s+(?:has|had|is|was|who|and|also)\\b.*");
    private static final Pattern BIO_IS =
            // the role runs to the first full stop that is not an initial's ("a retired U.S. Army general")
            Pattern.compile(
                    "^(" + NAME + ")\\s+(?:is|was)\\s+(?:(?:a|an|the)\\s+)?(.+?)(?:(?<!\\b\\p{Lu})\\.\\s.*|\\.)?$");
    /**
     * A bio by beat or career: "Marta Oliveira reports on Latin America for …", "X teaches international relations at
     * …", "X spent 20 years as a diplomat …", "X now chairs …", "X retired as a colonel in 2019 …", also after an
     * appositive ("X, a former diplomat, writes on Eurasian security.", "X, a retired general, led NATO's planning
     * staff.").
     */
    private static final Pattern BIO_BEAT = Pattern.compile("^(" + NAME + ")(?:,\\s+[^,]{1,80},)?\\s+"
            + "(?:(?:now|previously|formerly|also)\\s+)?"
            + "(?:reports|covers|writes|edits|teaches|lectures|works|leads|heads|directs|is based|spent|served|led|"
            + "chairs|runs|advises|founded|headed|directed|taught|retired|joined)\\b.*");

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:He|She|They|His|Her|Their)\\s.*");
    /** Without a known author, only the last lines may be a bio: a name + role in the body is not one. */
    private static final int TRAILING_BIO_LINES = 3;

    private static final int MAX_AFFILIATION_WORDS = 30;

    private final RoleWords roleWords;

    AuthorBio(RoleWords roleWords) {
        this.roleWords = roleWords;
    }

    /**
     * A trailing paragraph about the author; removed from the body, and its role kept as the affiliation. When the
     * author taken from the page has no bio, one of the last lines may still be the bio of a writer the body never
     * names (a reviewer under a review whose book's "By …" line was taken for the byline).
     */
    void find(MetadataScan s, String givenAuthor) {
        String known = givenAuthor != null ? givenAuthor : s.author;
        if (!findBio(s, known) && known != null) {
            findBio(s, null);
        }
    }

    private boolean findBio(MetadataScan s, String known) {
        int candidates = known == null ? TRAILING_BIO_LINES : Integer.MAX_VALUE;
        for (int i = s.size() - 1; i >= Math.max(0, s.firstBody) && candidates > 0; i--) {
            if (!s.isContent(i)) {
                continue;
            }
            candidates--;
            String name = known != null ? known : bioName(s.text(i));
            String role = name == null ? null : knownAuthorBio(s.text(i), name);
            if (role == null || (known == null && s.author != null && !namedInCredit(s, name, i))) {
                continue;
            }
            if (s.author == null) {
                s.author = name;
            }
            if (s.affiliation == null && !role.isEmpty()) {
                s.affiliation = Institution.in(role);
            }
            s.remove[i] = true;
            for (int j = i + 1;
                    j < s.size()
                            && (!s.isContent(j)
                                    || PRONOUN_START.matcher(s.text(j)).matches());
                    j++) {
                s.remove[j] = s.remove[j] || s.isContent(j);
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a line other than {@code except} that is no sentence of the body names {@code name}: a credit ("Reviewed
     * by Jane Roe") or a line the cleaner dropped. A person the body only introduces ("Jane Roe, an economist at …,
     * was unconvinced.") has no such line.
     */
    private static boolean namedInCredit(MetadataScan s, String name, int except) {
        for (int i = 0; i < s.size(); i++) {
            if (i != except
                    && s.text(i).contains(name)
                    && (!s.isContent(i) || !TextShapes.endsLikeSentence(s.text(i)))) {
                return true;
            }
        }
        return false;
    }

    private static String bioName(String text) {
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
                    && roleWords.in(m.group(2))
                    && TextShapes.wordCount(m.group(2)) <= MAX_AFFILIATION_WORDS) {
                return m.group(2).strip();
            }
        }
        return null;
    }

    /** Whether a content line is a bio of {@code name}. */
    boolean describes(MetadataScan s, String name) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isContent(i) && bioAffiliation(s.text(i), name) != null) {
                return true;
            }
        }
        return false;
    }
}
