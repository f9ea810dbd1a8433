package io.claimbase.extract.tag;

import java.util.Locale;
import java.util.Map;

/** The numbers written as words that times and figures read ("two years ago", "a million"). */
final class NumberWords {

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private NumberWords() {}

    /** The value of a number word (any case), or {@code otherwise} when it is none. */
    static int value(String word, int otherwise) {
        return VALUES.getOrDefault(word.toLowerCase(Locale.ROOT), otherwise);
    }

    /** The value of a number word or of digits ("two", "12"). */
    static int count(String word) {
        Integer value = VALUES.get(word.toLowerCase(Locale.ROOT));
        return value != null ? value : Integer.parseInt(word);
    }
}
