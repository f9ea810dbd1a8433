package io.claimbase.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text must contain for a case-insensitive ({@code CASE_INSENSITIVE | UNICODE_CASE}) regular expression to
 * match any part of it: a set of lowercase ASCII words, one of which must occur in the text once it is {@link #fold
 * folded} as the regex engine folds case. Read off the expression's plain text: "{@code .{0,200}\b(held|was) under
 * chatham house rules?}" needs "chatham house rule", "{@code (photo|image)\s*:.*}" needs "photo" or "image". A test
 * whose answer is no spares the regex engine a scan that cannot succeed; the answer yes says nothing.
 *
 * <p>Conservative: an expression with anything this reader does not follow (inline flags, quoting, escapes of
 * characters by code) gets {@code null}, "no requirement known", and is always run.
 */
public final class RequiredText {

    /** Literal runs shorter than this are not worth a test. */
    private static final int MIN_LENGTH = 3;

    /**
     * A special group other than a non-capturing one, a look-around or case flags ({@code (?i)}, {@code (?i:…)}):
     * named groups, comments mode and the like are not followed.
     */
    private static final Pattern UNKNOWN_GROUP = Pattern.compile("\\(\\?(?!:|=|!|<=|<!|[iu-]+[:)])");

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]");

    private RequiredText() {}

    /**
     * The words one of which a match of {@code regex} contains (folded), or null when none is known.
     *
     * @throws IllegalArgumentException never for a valid expression; an expression it cannot follow gives null
     */
    public static Set<String> of(String regex) {
        if (UNKNOWN_GROUP.matcher(regex).find()) {
            return null;
        }
        for (String escape : new String[] {"\\Q", "\\u", "\\x", "\\0", "\\c", "\\N", "\\k", "\\E", "[]", "[^]"}) {
            if (regex.contains(escape)) {
                return null;
            }
        }
        if (BACK_REFERENCE.matcher(regex).find()) {
            return null;
        }
        try {
            return alternatives(regex);
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The requirement of a sequence of top-level alternatives: one of each branch's words (null: any branch free). */
    private static Set<String> alternatives(String regex) {
        Set<String> union = new LinkedHashSet<>();
        for (String branch : split(regex)) {
            Set<String> required = sequence(branch);
            if (required == null) {
                return null;
            }
            union.addAll(required);
        }
        return union;
    }

    /** The branches of the top-level alternation. */
    private static List<String> split(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        branches.add(regex.substring(from));
        return branches;
    }

    /**
     * The best requirement of one branch (no top-level {@code |}): its longest mandatory literal run, or a mandatory
     * group's requirement, whichever has the longer shortest word.
     */
    private static Set<String> sequence(String branch) {
        Set<String> best = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i <= branch.length()) {
            char c = i < branch.length() ? branch.charAt(i) : 0;
            if (i < branch.length() && isPlain(c)) {
                run.append(Character.toLowerCase(c));
                i++;
                continue;
            }
            // the run ends here; a quantifier after it makes its last character optional
            if (run.length() > 0) {
                if (isQuantifier(c)) {
                    run.setLength(run.length() - 1);
                }
                best = better(best, run.length() >= MIN_LENGTH ? Set.of(run.toString()) : null);
                run.setLength(0);
            }
            if (i >= branch.length()) {
                break;
            }
            if (c == '\\') {
                i += 2;
                if (i <= branch.length() && i >= 1 && (branch.charAt(i - 1) == 'p' || branch.charAt(i - 1) == 'P')) {
                    if (i < branch.length() && branch.charAt(i) == '{') {
                        i = branch.indexOf('}', i) + 1;
                    } else {
                        i++;
                    }
                }
                i = skipQuantifier(branch, i);
            } else if (c == '[') {
                i = skipQuantifier(branch, classEnd(branch, i) + 1);
            } else if (c == '(') {
                int end = groupEnd(branch, i);
                String inner = branch.substring(i + 1, end);
                boolean aside = inner.startsWith("?=")
                        || inner.startsWith("?!")
                        || inner.startsWith("?<")
                        || inner.startsWith("?") && !inner.contains(":");
                if (inner.startsWith("?")) {
                    // (?:…) and (?i:…) as groups; look-arounds and bare flags (?i) require nothing here
                    inner = inner.substring(inner.indexOf(':') + 1);
                }
                int after = end + 1;
                if (aside || after < branch.length() && isQuantifier(branch.charAt(after))) {
                    i = skipQuantifier(branch, after);
                } else {
                    best = better(best, alternatives(inner));
                    i = after;
                }
            } else {
                // '.', '^', '$', a quantifier, or a character outside the plain set: a break
                i = c == '{' ? branch.indexOf('}', i) + 1 : i + 1;
            }
        }
        return best;
    }

    /** Letters, digits, space and the straight apostrophe: matched only by what folds to them. */
    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '\'';
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    /** The position after any quantifier at {@code i} (with its lazy or possessive mark). */
    private static int skipQuantifier(String s, int i) {
        if (i < s.length() && s.charAt(i) == '{') {
            i = s.indexOf('}', i) + 1;
        } else if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.charAt(i) == '+')) {
            i++;
        } else {
            return i;
        }
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /** The index of the {@code ]} that closes the class opened at {@code open} (nested classes counted). */
    private static int classEnd(String s, int open) {
        int depth = 0;
        int i = open;
        while (true) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && i > open + 1 && !(i == open + 2 && s.charAt(open + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
    }

    /** The index of the {@code )} that closes the group opened at {@code open}. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; ; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
    }

    /** The requirement whose shortest word is longer (a rarer test passes less often); null is no requirement. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return shortest(b) > shortest(a) ? b : a;
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * The text with every character folded as a case-insensitive Unicode regex compares it ({@code
     * toLowerCase(toUpperCase(c))}), so that "ſ" (long s) is "s" and "K" (Kelvin) is "k".
     */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128
                    ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.isSurrogate(c) ? c : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Whether the folded text contains one of the words. */
    public static boolean containsAny(String folded, Set<String> words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
