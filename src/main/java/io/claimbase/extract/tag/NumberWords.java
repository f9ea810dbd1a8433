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
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /**
     * A count written as a word or in digits, as a regular expression (no groups): "two", "twelve", "thirty", "12";
     * the article "a"/"an" is not among them.
     */
    static final String COUNT = "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "|\\d{1,2}";

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
