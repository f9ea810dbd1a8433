package io.claimbase.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The institution named in an author's role phrase: "Kennan Institute" in "Senior Fellow at Kennan Institute", "The
 * Fletcher School of Law and Diplomacy at Tufts University" in "Alum of The Fletcher School …", "Centre for European
 * Migration Studies" in "senior fellow at the Centre for European Migration Studies in Vienna". It is the first run,
 * after a preposition, of capitalised words (joined by short function words) that reaches the end of the phrase, less
 * a trailing place ("in Vienna"). A former role names no current institution.
 */
final class Institution {

    private static final Pattern CANDIDATE =
            Pattern.compile("\\b(?:at|of|with|for|from|to)\\s+(?:the\\s+)?(?=\\p{Lu})");
    private static final Pattern TRAILING_PLACE = Pattern.compile(",?\\s+(?:in|based in)\\s+\\p{Lu}[\\p{L} .-]*$");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "at", "on", "&", "–", "-", "—");
    private static final int FORMER_WINDOW = 40;

    private Institution() {}

    /** The institution in {@code rolePhrase}, or null when it names none. */
    static String in(String rolePhrase) {
        if (rolePhrase == null) {
            return null;
        }
        String phrase = TRAILING_PLACE
                .matcher(rolePhrase.strip().replaceAll("[.;]+$", ""))
                .replaceFirst("");
        Matcher m = CANDIDATE.matcher(phrase);
        while (m.find()) {
            String before = phrase.substring(Math.max(0, m.start() - FORMER_WINDOW), m.start());
            String rest = phrase.substring(m.end()).replaceAll(",$", "").strip();
            if (!before.contains("former") && isName(rest)) {
                return rest;
            }
        }
        return null;
    }

    private static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (String word : text.split("[\\s,]+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !JOINERS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
