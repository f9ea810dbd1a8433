package io.claimbase.extract.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a sentence, lowercased, with their offsets. A word is a run of letters and digits, joined by inner
 * apostrophes, hyphens or dots ("Jong-un", "U.S", "6.86"); a contraction is split off as its own word ("did" "n't").
 * Curly apostrophes count as straight ones.
 */
public final class Tokens {

    private final String text;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;

    private Tokens(String text, String[] words, int[] starts, int[] ends) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    public static Tokens of(String text) {
        int n = text.length();
        String[] words = new String[Math.max(4, n / 4)];
        int[] starts = new int[words.length];
        int[] ends = new int[words.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || (isJoiner(text.charAt(i))
                                    && i + 1 < n
                                    && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            int split = word.endsWith("n't") && word.length() > 3 ? word.length() - 3 : -1;
            if (count + 2 > words.length) {
                words = Arrays.copyOf(words, words.length * 2);
                starts = Arrays.copyOf(starts, words.length);
                ends = Arrays.copyOf(ends, words.length);
            }
            if (split > 0) {
                words[count] = word.substring(0, split);
                starts[count] = start;
                ends[count++] = start + split;
                words[count] = "n't";
                starts[count] = start + split;
                ends[count++] = i;
            } else {
                words[count] = word;
                starts[count] = start;
                ends[count++] = i;
            }
        }
        return new Tokens(text, Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '\u2011';
    }

    public int size() {
        return words.length;
    }

    /** The lowercase word. */
    public String word(int i) {
        return words[i];
    }

    /** The word as written in the text. */
    public String original(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String text() {
        return text;
    }

    public boolean startsUppercase(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }
}
