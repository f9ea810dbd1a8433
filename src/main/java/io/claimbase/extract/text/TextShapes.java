package io.claimbase.extract.text;

/** Small tests on the shape of a line or sentence. */
public final class TextShapes {

    private static final String CLOSERS = "\"”’')]";
    private static final String TERMINALS = ".!?…";

    private TextShapes() {}

    /** Ends with . ! ? or … (before closing quotes or brackets). */
    /**
     * The words of a line without case, punctuation or spacing ("Allies in All but Name." and "ALLIES IN ALL BUT NAME"
     * give the same key): two lines with the same key print the same words.
     */
    public static String wordKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }

    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && TERMINALS.indexOf(text.charAt(i)) >= 0;
    }

    /** Ends with a question mark (before closing quotes or brackets). */
    public static boolean isQuestion(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '?';
    }

    /**
     * The quotation around {@code [start, end)} of the text, as the offsets of its opening and closing marks, or null:
     * an opening curly mark after the last closing one, or an odd number of straight marks before {@code start}, and
     * the matching closing mark after {@code end}.
     */
    public static int[] quotationAround(String text, int start, int end) {
        int open = Math.max(text.lastIndexOf('\u201c', start), text.lastIndexOf('"', start));
        if (open < 0) {
            return null;
        }
        boolean curly = text.charAt(open) == '\u201c';
        if (curly && text.lastIndexOf('\u201d', start) > open) {
            return null;
        }
        if (!curly && text.substring(0, open).chars().filter(c -> c == '"').count() % 2 != 0) {
            return null;
        }
        int close = text.indexOf(curly ? '\u201d' : '"', end);
        return close < 0 ? null : new int[] {open, close};
    }

    /** Whitespace-separated tokens that hold at least one letter or digit ("—" is no word, "$6.86" is one). */
    public static int wordCount(String text) {
        int count = 0;
        boolean counted = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    /** Share of words of four letters or more that start with a capital: near 1 for "Growing Connection Between…". */
    public static double titleCaseShare(String text) {
        int long_ = 0;
        int capital = 0;
        for (String word : text.split("\\s+")) {
            if (word.length() >= 4) {
                long_++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capital++;
                }
            }
        }
        return long_ == 0 ? 0 : (double) capital / long_;
    }
}
