package io.claimbase.extract;

/**
 * Who asserts a claim: the article's author, or a source the author quotes or reports ("Putin wrote…",
 * "according to the Wall Street Journal…").
 *
 * @param source the reported source as written (e.g. "Vladimir Putin"), null when the author asserts it
 */
public record Attribution(Type type, String source) {

    public enum Type {
        AUTHOR,
        REPORTED
    }

    public static final Attribution AUTHOR = new Attribution(Type.AUTHOR, null);

    public static Attribution reported(String source) {
        return new Attribution(Type.REPORTED, source);
    }
}
