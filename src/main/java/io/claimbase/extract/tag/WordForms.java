package io.claimbase.extract.tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inflected forms of English verbs and nouns, by the regular spelling rules: enough to write a cue once as a
 * lemma ("ink") and match every form ("inks", "inked", "inking"). Irregular forms are given by the data.
 */
final class WordForms {

    private static final String VOWELS = "aeiou";

    private WordForms() {}

    /**
     * The forms of a verb written as a lemma, optionally with its irregular forms after slashes, which replace the
     * regular past: "ink", "strike/struck", "begin/began/begun/beginning" (the regular spelling rules do not know
     * stress, so they write "begining" too, which matches nothing). In a verb of several words ("kick off") the
     * first word inflects.
     */
    static Set<String> verb(String spec) {
        String[] parts = spec.strip().split("\\s*/\\s*");
        String lemma = parts[0];
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        String tail = space < 0 ? "" : lemma.substring(space);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(head);
        forms.add(thirdPerson(head));
        forms.add(progressive(head));
        if (parts.length == 1) {
            forms.add(past(head));
        } else {
            forms.addAll(List.of(parts).subList(1, parts.length));
        }
        Set<String> out = new LinkedHashSet<>();
        forms.forEach(form -> out.add(form + tail));
        return out;
    }

    /** A noun and its plural (of the last word: "war game", "war games"). */
    static Set<String> noun(String noun) {
        int space = noun.lastIndexOf(' ');
        String head = noun.substring(0, space + 1);
        String last = noun.substring(space + 1);
        return new LinkedHashSet<>(List.of(noun, head + thirdPerson(last)));
    }

    /** -s, -es after a sibilant, -ies after a consonant and y: the third person and the plural alike. */
    static String thirdPerson(String word) {
        if (word.endsWith("s")
                || word.endsWith("x")
                || word.endsWith("z")
                || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (consonantY(word)) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    static String past(String word) {
        if (word.endsWith("e")) {
            return word + "d";
        }
        if (consonantY(word)) {
            return word.substring(0, word.length() - 1) + "ied";
        }
        return (doublesFinal(word) ? word + word.charAt(word.length() - 1) : word) + "ed";
    }

    static String progressive(String word) {
        if (word.endsWith("ie")) {
            return word.substring(0, word.length() - 2) + "ying";
        }
        if (word.endsWith("e") && !word.endsWith("ee") && word.length() > 2) {
            return word.substring(0, word.length() - 1) + "ing";
        }
        return (doublesFinal(word) ? word + word.charAt(word.length() - 1) : word) + "ing";
    }

    private static boolean consonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && VOWELS.indexOf(word.charAt(word.length() - 2)) < 0;
    }

    /** One syllable ending consonant–vowel–consonant ("stop", "plan", "ship"): the last consonant doubles. */
    private static boolean doublesFinal(String word) {
        int n = word.length();
        if (n < 3 || n > 4) {
            return false;
        }
        char last = word.charAt(n - 1);
        boolean vowelsBefore = VOWELS.indexOf(word.charAt(n - 2)) >= 0 && VOWELS.indexOf(word.charAt(n - 3)) < 0;
        long vowels = word.chars().filter(c -> VOWELS.indexOf(c) >= 0).count();
        return vowelsBefore && vowels == 1 && VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0;
    }
}
