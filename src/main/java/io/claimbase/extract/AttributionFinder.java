package io.claimbase.extract;

import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who asserts a sentence: a source it reports ("According to the Wall Street Journal, …", "Putin said that …",
 * "“…,” Putin continued.", "As Alexander Gabuev notes, …"), kept as written; otherwise the author. A source that is
 * the author, or "we"/"I", is the author. Thread-safe.
 */
final class AttributionFinder {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    private static final Pattern AS_SOURCE = Pattern.compile("^As\\s+(.{2,80}?)\\s+(\\p{Ll}+)\\s*,.*");
    private static final Pattern AFTER_QUOTE = Pattern.compile(".*[,.!?…][”\"]\\s*[^”\"“]{1,80}$");
    /** A quotation closed right before the verb: "“…,” said the minister". */
    private static final Pattern CLOSED_QUOTE = Pattern.compile(".*[,.!?…][”\"]\\s*$");

    private static final String SOURCE_END = ",;:.!?)";
    private static final int MAX_SOURCE_WORDS = 16;
    private static final int THAT_WINDOW = 10;

    private final PhraseMatcher<String> speechVerbs;
    private final PhraseMatcher<String> thatVerbs;
    private final PhraseMatcher<String> introducers;
    private final Set<String> authorSubjects;
    private final PhraseMatcher<String> titles;

    AttributionFinder(Cues.AttributionCues cues) {
        this.speechVerbs = PhraseMatcher.of(cues.speechVerbs());
        this.thatVerbs = PhraseMatcher.of(cues.thatVerbs());
        this.introducers = PhraseMatcher.of(cues.sourceIntroducers());
        this.authorSubjects = Set.copyOf(cues.authorSubjects());
        this.titles = PhraseMatcher.of(cues.titles());
    }

    /** Who a sentence attributes its claim to, read on its {@link Tokens#words() words}. */
    Attribution find(String sentence, Tokens given, String author) {
        Tokens tokens = given.words();
        String source = introduced(sentence, tokens);
        if (source == null) {
            source = asSource(sentence);
        }
        if (source == null) {
            source = subjectOfReportingVerb(sentence, tokens);
        }
        if (source == null || isAuthor(source, author)) {
            return Attribution.AUTHOR;
        }
        return Attribution.reported(withoutTitle(source));
    }

    /** "According to X, …" / "…, according to X, …". */
    private String introduced(String sentence, Tokens tokens) {
        Match<String> match = introducers.find(tokens, 0);
        if (match == null || match.end() >= tokens.size()) {
            return null;
        }
        // "… is up 25 percent and, according to Putin, is on track …": the author's main clause, one part reported
        if (match.start() > 0 && CONJUNCTIONS.contains(tokens.word(match.start() - 1))) {
            return null;
        }
        return sourceFrom(sentence, tokens.start(match.end()));
    }

    /** The source named from {@code start} up to the next comma or sentence end, when it reads like one. */
    private static String sourceFrom(String sentence, int start) {
        int end = start;
        while (end < sentence.length() && SOURCE_END.indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        String source = sentence.substring(start, end).strip();
        return plausible(source) ? source : null;
    }

    /** "As Alexander Gabuev highlights, …". */
    private String asSource(String sentence) {
        Matcher m = AS_SOURCE.matcher(sentence);
        if (!m.matches()) {
            return null;
        }
        String verb = m.group(2);
        boolean reporting = speechVerbs.contains(verb) || thatVerbs.contains(verb);
        return reporting && plausible(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The subject of the first reporting verb: "Putin said …", "“…,” Putin continued", "X argued that …", and the
     * inverted form after a quotation, "“…,” said Deputy Minister Ivanov, who led the delegation".
     */
    private String subjectOfReportingVerb(String sentence, Tokens tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.startsUppercase(i) || !isReportingVerb(sentence, tokens, i)) {
                continue;
            }
            String inverted = invertedSubject(sentence, tokens, i);
            if (inverted != null) {
                return inverted;
            }
            if (PASSIVE_AUXILIARIES.contains(tokens.word(i - 1))) {
                continue;
            }
            // "X, an official, said": a strong speech verb after a comma closes an appositive subject; a weaker
            // verb there is a participle ("the Baltic Sea, called Joint Sea") unless "that" or a quotation follows
            boolean appositive = precededByComma(sentence, tokens.start(i));
            if (appositive && speechVerbs.at(tokens, i) == null && !reportsContent(sentence, tokens, i)) {
                continue;
            }
            String subject = SourcePhrase.before(sentence.substring(0, tokens.start(i)), appositive);
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /** "“…,” said X, …": the speech verb right after a closed quotation, its subject after it, up to a comma. */
    private String invertedSubject(String sentence, Tokens tokens, int i) {
        if (speechVerbs.at(tokens, i) == null
                || !CLOSED_QUOTE.matcher(sentence.substring(0, tokens.start(i))).matches()) {
            return null;
        }
        return sourceFrom(sentence, tokens.end(i));
    }

    private boolean isReportingVerb(String sentence, Tokens tokens, int i) {
        if (speechVerbs.at(tokens, i) != null) {
            return i + 1 >= tokens.size() || !tokens.word(i + 1).equals("to");
        }
        if (thatVerbs.at(tokens, i) == null) {
            return false;
        }
        return reportsContent(sentence, tokens, i)
                || AFTER_QUOTE.matcher(sentence.substring(0, tokens.start(i))).matches();
    }

    /** A "that" clause or a quotation follows the verb at word {@code i}. */
    private static boolean reportsContent(String sentence, Tokens tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + THAT_WINDOW; k++) {
            if (tokens.word(k).equals("that")) {
                return true;
            }
        }
        return sentence.indexOf('“', tokens.end(i)) >= 0 || sentence.indexOf('"', tokens.end(i)) >= 0;
    }

    private static boolean precededByComma(String sentence, int offset) {
        int j = offset - 1;
        while (j >= 0 && Character.isWhitespace(sentence.charAt(j))) {
            j--;
        }
        return j >= 0 && sentence.charAt(j) == ',' && (j == 0 || "”\"".indexOf(sentence.charAt(j - 1)) < 0);
    }

    /** "Russian president Vladimir Putin" → "Vladimir Putin"; "President Putin" → "Putin"; "Mr. Novak" → "Novak". */
    private String withoutTitle(String source) {
        Tokens words = Tokens.of(source).words();
        int afterTitle = -1;
        for (int i = 0; i < words.size(); i++) {
            PhraseMatcher.Match<String> title = titles.at(words, i);
            if (title != null) {
                afterTitle = title.end();
                i = title.end() - 1;
            }
        }
        if (afterTitle <= 0 || afterTitle >= words.size()) {
            return source;
        }
        String rest = source.substring(words.start(afterTitle));
        return SourcePhrase.isName(rest) ? rest : source;
    }

    static boolean plausible(String source) {
        int words = TextShapes.wordCount(source);
        return words >= 1 && words <= MAX_SOURCE_WORDS;
    }

    private boolean isAuthor(String source, String author) {
        String s = source.toLowerCase(Locale.ROOT);
        if (authorSubjects.contains(s)) {
            return true;
        }
        if (author == null) {
            return false;
        }
        String a = author.toLowerCase(Locale.ROOT);
        return s.equals(a) || (a.endsWith(" " + s) && !s.contains(" "));
    }
}
