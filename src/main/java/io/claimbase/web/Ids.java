package io.claimbase.web;

/**
 * Ids in paths and parameters: positive 64-bit integers written in canonical form — ASCII digits only, no sign, no
 * leading zero. Java's own parsers accept more ({@code +2}, {@code 02}, and any Unicode digit: {@code ١} is 1), which
 * would let one id be written many ways; here each id has exactly one spelling and anything else is a 400.
 */
public final class Ids {

    private static final String MESSAGE = "must be a positive integer in ASCII digits, without sign or leading zeros";

    private Ids() {}

    /** The id a string names, or null when it is not one (then it may be a slug). */
    public static Long parse(String value) {
        if (!isCanonical(value, 18)) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** The id a path or query parameter must hold; anything else is a 400 naming the parameter. */
    public static long require(String parameter, String value) {
        Long id = parse(value);
        if (id == null) {
            throw ProblemException.badParameter(parameter, MESSAGE);
        }
        return id;
    }

    /** Whether {@code value} is a positive integer of at most {@code maxDigits} ASCII digits with no leading zero. */
    static boolean isCanonical(String value, int maxDigits) {
        if (value == null || value.isEmpty() || value.length() > maxDigits || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
