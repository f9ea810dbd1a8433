package io.claimbase.extract.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way from the publication date the clause of a time expression looks, by its verbs: it decides the year of a
 * month, day, season or quarter written without one ("approved … in January" is the January before; "is due in Cape
 * Town on Saturday" the Saturday after). A future cue wins over a past one ("officials said the talks will resume in
 * May"). The clause runs between commas, semicolons, colons or dashes; an opening phrase without a verb ("By
 * September, prices had climbed") takes the tense of the clause after it.
 */
enum Tense {
    PAST,
    FUTURE,
    /** Neither: the nearest such date either way. */
    UNKNOWN;

    private static final Pattern FUTURE_CUE = Pattern.compile("(?i)\\b(?:will|won['’]t|shall|due|scheduled|"
            + "expected\\s+to|set\\s+to|plans?\\s+to|planned|is\\s+to|are\\s+to|upcoming|forthcoming)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2013\u2014]");
    /** Past forms: "was", "had", an irregular past ("said", "met", "flew") or a regular one ("approved"). */
    private static final Pattern PAST_CUE = Pattern.compile("\\b(?:(?i:was|were|had|did|ago)|said|told|met|came|went|"
            + "took|made|left|held|sent|flew|gave|won|lost|sold|bought|built|began|rose|fell|kept|found|struck|saw|"
            + "became|grew|ran|drew|brought|spent|sought|stood|led|paid|wrote|spoke|broke|chose|\\p{Ll}{2,}ed)\\b");

    /** The tense of the clause around {@code [start, end)} of the sentence. */
    static Tense at(String sentence, int start, int end) {
        return at(sentence, start, end, false);
    }

    /**
     * As {@link #at}, for placing a date without a year: a condition in the present looks ahead too ("If the council
     * approves it in January, …" is the next January). (Not in {@link #at}, which the event model's features read.)
     */
    static Tense ofDate(String sentence, int start, int end) {
        return at(sentence, start, end, true);
    }

    private static Tense at(String sentence, int start, int end, boolean conditions) {
        int from = 0;
        int to = sentence.length();
        Matcher breaks = CLAUSE_BREAK.matcher(sentence);
        while (breaks.find()) {
            if (breaks.end() <= start) {
                from = breaks.end();
            } else if (breaks.start() >= end) {
                to = breaks.start();
                break;
            }
        }
        Tense tense = of(sentence.substring(from, to), conditions);
        if (tense == UNKNOWN && from == 0 && to < sentence.length()) {
            int after = breaks.find(to + 1) ? breaks.start() : sentence.length();
            return of(sentence.substring(to + 1, after), conditions);
        }
        return tense;
    }

    static Tense of(String text) {
        return of(text, false);
    }

    private static Tense of(String text, boolean conditions) {
        if (FUTURE_CUE.matcher(text).find()) {
            return FUTURE;
        }
        if (PAST_CUE.matcher(text).find()) {
            return PAST;
        }
        // a condition in the present looks ahead: "If the talks fail in January, …"
        return conditions && CONDITION.matcher(text).lookingAt() ? FUTURE : UNKNOWN;
    }

    private static final Pattern CONDITION = Pattern.compile("(?i)\\s*(?:if|unless|should)\\s");
}
