package io.claimbase.extract;

import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of a reported source: the noun phrase before a reporting verb, found by clause segments (commas,
 * quotes, dashes), with discourse words, adverbs, trailing dates and appositives sorted out. The word sets here are
 * closed-class English function words, not cue words; the cue words are in {@link Cues}.
 */
final class SourcePhrase {

    private static final Set<String> CLAUSE_WORDS = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
            "must", "does", "did", "do", "that", "which", "who");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "if",
            "because",
            "which",
            "who",
            "whom",
            "that",
            "when",
            "while",
            "although",
            "though",
            "whereas",
            "unless",
            "since",
            "after",
            "before",
            "until",
            "as");
    private static final Set<String> CONCESSIVES = Set.of(
            "while", "although", "though", "whereas", "despite", "as", "after", "before", "when", "since", "once");
    private static final Set<String> ARTICLES =
            Set.of("a", "an", "the", "this", "these", "those", "each", "other", "its", "their", "his", "her");
    /** Lowercase words that can open a subject ("some analysts said"), unlike a participle or a verb. */
    private static final Set<String> SUBJECT_STARTERS = Set.of(
            "a",
            "an",
            "the",
            "some",
            "many",
            "most",
            "several",
            "both",
            "two",
            "three",
            "few",
            "one",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "this",
            "these",
            "those",
            "each",
            "other",
            "all",
            "he",
            "she",
            "they",
            "it",
            "i",
            "we",
            "you",
            "experts",
            "analysts",
            "officials",
            "critics",
            "observers",
            "sources");

    private static final Set<String> LEADING_SKIPPABLE = Set.of(
            "but",
            "and",
            "yet",
            "so",
            "instead",
            "meanwhile",
            "however",
            "moreover",
            "indeed",
            "also",
            "then",
            "now",
            "still",
            "thus",
            "nevertheless",
            "nonetheless",
            "initially",
            "later",
            "finally",
            "recently");
    private static final Set<String> TRAILING_SKIPPABLE = Set.of(
            "also",
            "now",
            "then",
            "later",
            "again",
            "further",
            "still",
            "too",
            "instead",
            "nevertheless",
            "nonetheless",
            "however",
            "meanwhile",
            "has",
            "have",
            "had",
            "even",
            "once",
            "repeatedly",
            "recently",
            "publicly",
            "reportedly",
            "openly",
            "privately",
            "previously",
            "therefore",
            "thus",
            "accordingly",
            "consequently",
            "will",
            "would",
            "may",
            "might",
            "could",
            "can");
    private static final Set<String> SUBORDINATORS = Set.of(
            "while",
            "although",
            "though",
            "when",
            "as",
            "after",
            "before",
            "if",
            "since",
            "because",
            "whereas",
            "unless",
            "despite",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "during",
            "following",
            "over",
            "under",
            "from",
            "to",
            "of",
            "into",
            "amid",
            "whether",
            "until",
            "than",
            "like",
            "which",
            "who",
            "where",
            "that");
    /** Words that open the verb's own clause as a relative or adverbial one, not the sentence's main clause. */
    private static final Set<String> RELATIVE_OPENERS = Set.of(
            "which", "who", "whom", "whose", "where", "why", "while", "whereas", "because", "although", "though");
    /** Subjects that open a relative clause without "which" right after a noun: "a move it confirmed". */
    private static final Set<String> RELATIVE_SUBJECTS =
            Set.of("it", "they", "he", "she", "we", "both", "few", "many", "the");
    /** What separates the clause segments of a sentence: commas, quotes, colons, parentheses, dashes. */
    static final Pattern SEGMENT_BREAK = Pattern.compile("[,;:”\"()]|\\s[–—]\\s|—");

    private static final int MAX_APPOSITIVE_WORDS = 6;
    /** Words after which a lowercase "-ed" word is a verb ("Brussels promised to …"), not an adjective. */
    private static final Set<String> VERB_FOLLOWERS =
            Set.of("to", "the", "a", "an", "that", "its", "their", "his", "her", "up", "out", "with", "on");

    private static final Set<String> NAME_PARTICLES =
            Set.of("bin", "ibn", "al", "de", "da", "van", "von", "der", "la", "le", "di", "del", "dos", "el");
    /** "A think tank report published in 2016", "A report by US analysts in 2017": a trailing date is no part of it. */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "\\s+(?:\\p{Ll}+ed\\s+)?(?:in|on|during|from|since)\\s+(?:(?:early|late|mid)[- ])?(?:\\p{L}+\\s+)?\\d{4}$");

    private static final Pattern QUOTES_AT_ENDS = Pattern.compile("^[“\"‘'\\s]+|[”\"’'\\s]+$");

    private SourcePhrase() {}

    /**
     * The noun phrase before a reporting verb, or null. The verb's own clause segment must not hold a subordinate
     * clause ("… if it continued"); parenthetical segments before it ("in an article …", "co-authored by …", "while
     * acknowledging …") are skipped to reach the subject.
     */
    static String before(String text, boolean appositive) {
        String[] segments = SEGMENT_BREAK.split(text, -1);
        boolean own = true;
        for (int s = segments.length - 1; s >= 0; s--) {
            String raw = segments[s].strip();
            String segment = trimWords(raw);
            Tokens words = Tokens.of(segment).words();
            if (words.size() == 0) {
                continue;
            }
            String first = words.word(0);
            boolean lowercase = !words.startsUppercase(0) && !SUBJECT_STARTERS.contains(first);
            boolean concessive = CONCESSIVES.contains(first);
            if (own && !concessive && containsSubordinateClause(words)) {
                return null;
            }
            // the verb's own clause is a relative or subordinate one ("…, which Gazprom said …", "…, while Russian
            // engineers complained …", "…, a move it confirmed later"): the sentence's main clause is someone else's
            boolean adjacent = s == segments.length - 1;
            if (adjacent && (RELATIVE_OPENERS.contains(first) || reducedRelative(words))) {
                return null;
            }
            boolean coordinated = own && lowercase && raw.endsWith(" and");
            if (own && !lowercase && raw.endsWith(" and") && words.size() > 2) {
                // "Trump telephoned both leaders and warned that …": the second of two verbs, the subject is no phrase
                return null;
            }
            own = false;
            boolean participle = lowercase && (first.endsWith("ed") || first.endsWith("ing"));
            if (concessive || SUBORDINATORS.contains(first) || participle || coordinated) {
                continue;
            }
            segment = TRAILING_DATE.matcher(segment).replaceFirst("");
            words = Tokens.of(segment).words();
            for (int k = 0; k < words.size(); k++) {
                String w = words.word(k);
                boolean pastVerb = k > 0
                        && k + 1 < words.size()
                        && !words.startsUppercase(k)
                        && w.endsWith("ed")
                        && !w.contains("-")
                        && VERB_FOLLOWERS.contains(words.word(k + 1));
                if (CLAUSE_WORDS.contains(w) || pastVerb) {
                    return null;
                }
            }
            if (!AttributionFinder.plausible(segment) || onlyArticles(words)) {
                return null;
            }
            return appositive && s > 0 ? nameOfAppositive(segments[s - 1], segment) : segment;
        }
        return null;
    }

    /**
     * "Li Hui" in "China’s ambassador to Russia, Li Hui, stated", "RT" in "RT, a news outlet, cited": of a subject and
     * its appositive, the one that is a name.
     */
    private static String nameOfAppositive(String previousSegment, String segment) {
        String previous = trimWords(previousSegment.strip());
        if (isName(segment)
                || previous.isEmpty()
                || !isName(previous)
                || TextShapes.wordCount(previous) > MAX_APPOSITIVE_WORDS) {
            return segment;
        }
        Tokens words = Tokens.of(previous).words();
        return SUBORDINATORS.contains(words.word(0)) ? segment : previous;
    }

    /** Every word capitalised (particles such as "bin" or "de" aside): "Li Hui", "Mr. Novak", "RT". */
    static boolean isName(String text) {
        Tokens words = Tokens.of(text).words();
        if (words.size() == 0 || !words.startsUppercase(0)) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.startsUppercase(k) && !NAME_PARTICLES.contains(words.word(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyArticles(Tokens words) {
        for (int k = 0; k < words.size(); k++) {
            if (!ARTICLES.contains(words.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a move it confirmed", "a plan Ankara has called", "a project both capitals say": an appositive noun ("a move")
     * with a relative clause whose subject follows it straight away, no preposition between.
     */
    private static boolean reducedRelative(Tokens words) {
        if (words.size() < 3 || !(words.word(0).equals("a") || words.word(0).equals("an"))) {
            return false;
        }
        for (int k = 2; k < words.size() && k <= 4; k++) {
            if (SUBORDINATORS.contains(words.word(k - 1)) || words.startsUppercase(k - 1)) {
                return false;
            }
            if (RELATIVE_SUBJECTS.contains(words.word(k))) {
                return true;
            }
            if (words.startsUppercase(k)) {
                // "a plan Ankara": a name that runs to the verb; "a senior Philippine diplomat" is one noun phrase
                for (int j = k + 1; j < words.size(); j++) {
                    if (!words.startsUppercase(j)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean containsSubordinateClause(Tokens words) {
        for (int k = 1; k < words.size(); k++) {
            if (CLAUSE_OPENERS.contains(words.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Drops discourse words before and adverbs after a subject: "In fact, Putin also" → "Putin". */
    private static String trimWords(String segment) {
        String s = QUOTES_AT_ENDS.matcher(segment).replaceAll("");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            int space = s.indexOf(' ');
            String firstWord = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
            if (LEADING_SKIPPABLE.contains(firstWord)) {
                s = space < 0 ? "" : s.substring(space + 1).strip();
                changed = true;
                continue;
            }
            int lastSpace = s.lastIndexOf(' ');
            String lastWord = s.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
            if (TRAILING_SKIPPABLE.contains(lastWord) || (lastWord.endsWith("ly") && lastWord.length() > 4)) {
                s = lastSpace < 0 ? "" : s.substring(0, lastSpace).strip();
                changed = true;
            }
        }
        return s;
    }
}
