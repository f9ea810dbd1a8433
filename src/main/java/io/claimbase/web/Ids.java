package io.claimbase.web;

/** Ids in paths and parameters: positive 64-bit integers. */
public final class Ids {

    private Ids() {
    }

    /** The id a string names, or null when it is not one (then it may be a slug). */
    public static Long parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }
}
