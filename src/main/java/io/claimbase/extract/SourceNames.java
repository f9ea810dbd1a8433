package io.claimbase.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each reported claim its source as a reader would name it, once the type is decided: a pronoun ("…,” she
 * said) or a possessive ("Her argument is …") takes the nearest named source before it (as the article named it there:
 * a surname stays a surname); a person's name loses the role in front of it ("the historian Ana
 * Lima" → "Ana Lima") and the institution after it ("Ana Lima of the Lisbon Institute" → "Ana Lima"); and a source
 * loses the words that only say when or how it spoke ("the ministry on Wednesday", "Officials like to", "a diplomat
 * I spoke to"). What the models read is not changed. Thread-safe (stateless).
 */
final class SourceNames {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them");
    /** "His argument", "Her view", "Their case": a possessive and one noun name no one new. */
    private static final Pattern POSSESSIVE =
            Pattern.compile("(?i)(?:(?:in|by|on|from)\\s+)?(his|her|their|its)\\s+\\p{L}+");
    /** An academic or professional title before a name ("Dr Ana Lima", "Economist Ana Lima"); "President" stays. */
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?:Dr\\.?|Prof\\.?|Professor|Economist|Analyst|" + "Historian|Researcher|Scholar)\\s+(.+)");
    /** "ambassador to Beijing Ana Lima", "minister of Finance Ana Lima": a place after "to"/"of", then the name. */
    private static final Pattern ROLE_PLACE_NAME = Pattern.compile(
            ".*\\p{Ll}.*\\s(?:to|of)\\s+\\p{Lu}[\\p{L}'’-]*\\s+(\\p{Lu}[\\p{L}'’-]*\\s+\\p{Lu}[\\p{L}'’-]*)");
    /** A closing "of", an opening quote or a note on anonymity left at the end of a source. */
    private static final Pattern LEFTOVER =
            Pattern.compile("(?:\\s+of|\\s*[“\"‘]|,?\\s+who\\s+(?:spoke|asked|requested|declined)\\b.*)$");
    /** How many claims back a pronoun may find its source. */
    private static final int PRONOUN_REACH = 8;

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|al-\\p{Lu}[\\p{L}'’-]*)";
    /** Two or three words of a person's name. */
    private static final String PERSON = NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}";
    /** "Rahul Mehta of the Strait Policy Group": a name, then its institution. */
    private static final Pattern NAME_OF = Pattern.compile("(" + PERSON + ")\\s+of\\s+.+");
    /** "former Omani diplomat Salim al-Harthy", "the historian Piotr Salamanca": role words, then a name. */
    private static final Pattern ROLE_NAME = Pattern.compile(".*\\b(\\p{Ll}[\\p{L}-]*)\\s+(" + PERSON + ")");
    /** Words that do not make a role in front of a name ("Analysts at Gulfmark Capital"). */
    private static final Set<String> NOT_ROLES = Set.of(
            "at", "in", "of", "from", "for", "with", "by", "on", "the", "a", "an", "and", "to", "across", "between",
            "among", "near", "inside", "outside", "within");
    /** Words of an institution's name: "State Bank", "Armed Forces" are no person. */
    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "Bank",
            "Ministry",
            "Council",
            "Institute",
            "University",
            "Centre",
            "Center",
            "Forum",
            "Group",
            "Office",
            "Department",
            "Agency",
            "Commission",
            "Committee",
            "Association",
            "Union",
            "Federation",
            "Academy",
            "School",
            "Court",
            "House",
            "Party",
            "Chamber",
            "Board",
            "Service",
            "Services",
            "Company",
            "Corporation",
            "Fund",
            "Organisation",
            "Organization",
            "Forces",
            "Force",
            "Army",
            "Navy",
            "Guard",
            "Police",
            "Republic",
            "Parliament",
            "Assembly",
            "Government",
            "Cabinet",
            "Secretariat",
            "Foundation",
            "Trust",
            "Authority",
            "Administration",
            "Command",
            "Staff",
            "Chiefs",
            "Society",
            "Network",
            "Initiative",
            "Programme",
            "Program",
            "Project",
            "Monitor",
            "Times",
            "News",
            "Post",
            "Journal",
            "Review",
            "Press",
            "Ltd",
            "Inc",
            "Minister",
            "Secretary",
            "President",
            "Director",
            "Head",
            "Chief",
            "Governor",
            "Ambassador",
            "Chairman",
            "Sea",
            "Ocean",
            "River",
            "Strait",
            "Gulf",
            "Mountains",
            "Islands",
            "Street",
            "Square",
            "Hall");
    /** Words that say when or how a source spoke, at its end or start. */
    private static final Pattern TRAILING =
            Pattern.compile("(?i)\\s+(?:(?:on|last|this|earlier this|late on|early on)\\s+"
                    + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening"
                    + "|weekend|spring|summer|autumn|winter)|(?:published|released|issued)\\s+(?:last|this|on|in)\\s+\\S+"
                    + "|like to|likes to|I\\b.*)$");

    private static final Pattern LEADING = Pattern.compile("(?i)^(?:last|on|this|earlier this)\\s+"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\\s+(?=\\p{Lu})");
    /** "figures released by CNPC", "data compiled by the monitor ACLED", "figures from the central bank". */
    private static final Pattern DATA_BY = Pattern.compile("(?i)^(?:the\\s+)?(?:figures|data|statistics|numbers|"
            + "estimates|tallies)(?:\\s+(?:released|compiled|published|collected|gathered|issued))?\\s+(?:by|from)\\s+"
            + "(?:the\\s+)?(.+)$");

    private SourceNames() {}

    /** The claims with their reported sources named as above. */
    static List<ExtractedClaim> resolve(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim claim = claims.get(i);
            Attribution a = claim.attribution();
            if (a.type() != Attribution.Type.REPORTED || a.source() == null) {
                out.add(claim);
                continue;
            }
            String source = named(a.source());
            if (refersBack(source)) {
                String before = nearestNamed(out, i);
                source = before != null ? before : source;
            }
            out.add(source.equals(a.source()) ? claim : claim.withAttribution(Attribution.reported(source)));
        }
        return out;
    }

    /** The source without the words around a name or a source that only say when, how or in what role it spoke. */
    static String named(String source) {
        String s = source.strip();
        s = LEADING.matcher(s).replaceFirst("");
        String left = LEFTOVER.matcher(s).replaceFirst("");
        s = left.isBlank() ? s : left.strip();
        Matcher title = TITLE_NAME.matcher(s);
        if (title.matches() && Character.isUpperCase(title.group(1).charAt(0))) {
            s = title.group(1);
        }
        String trimmed = TRAILING.matcher(s).replaceFirst("");
        s = trimmed.isBlank() ? s : trimmed.strip();
        Matcher data = DATA_BY.matcher(s);
        if (data.matches()) {
            s = data.group(1);
        }
        Matcher of = NAME_OF.matcher(s);
        if (of.matches() && isPerson(of.group(1))) {
            return of.group(1);
        }
        Matcher place = ROLE_PLACE_NAME.matcher(s);
        if (place.matches() && isPerson(place.group(1))) {
            return place.group(1);
        }
        Matcher role = ROLE_NAME.matcher(s);
        if (role.matches() && !NOT_ROLES.contains(role.group(1).toLowerCase(Locale.ROOT)) && isPerson(role.group(2))) {
            return role.group(2);
        }
        return s;
    }

    private static boolean isPerson(String name) {
        for (String word : name.split("\\s+")) {
            if (INSTITUTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean refersBack(String source) {
        String s = source.strip().toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(s) || POSSESSIVE.matcher(source.strip()).matches();
    }

    private static String nearestNamed(List<ExtractedClaim> before, int at) {
        for (int k = at - 1; k >= 0 && k >= at - PRONOUN_REACH; k--) {
            Attribution a = before.get(k).attribution();
            if (a.type() == Attribution.Type.REPORTED && a.source() != null && !refersBack(a.source())) {
                return a.source();
            }
        }
        return null;
    }
}
