package io.claimbase.extract.tag;

import static io.claimbase.extract.tag.Periods.unresolved;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.tag.TimeTagger.Found;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Match selection of {@link TimeTagger}: widens each match by the preposition or "since" before it, keeps the longest
 * of overlapping matches left to right, joins listed expressions into one period and lets an opening "Since …,"
 * clause run to the publication date.
 */
final class TimeSelection {

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|on|during|over|about|around|by|until|till|for|from|at|as\\s+early\\s+as)\\s+$");
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|to|through)"
            + "(?:\\s+(?:end|ends|ending|finish|finishes|run|runs|running|last|lasts|lasting))?"
            + "\\s*(?:(?:in|on|by|until)\\s+)?");
    /** "from … <first> to … <second>": a change from one period to another, a few words apart in one clause. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\b[^,;:]{0,60}$");

    private static final Pattern TO_BETWEEN = Pattern.compile("(?i)[^,;:]{0,40}\\bto\\b[^,;:]{0,40}");
    /** How far before a date the "since" of an event dated by it may stand. */
    private static final int SINCE_EVENT_CHARS = 90;

    /**
     * A "since" whose event the date dates, in the same clause: "have slowed payments since the US Treasury threatened
     * sanctions in December" is about December to the publication date.
     */
    private static final Pattern SINCE_EVENT = Pattern.compile("(?i)\\bsince\\s[^,;:–—()]*$");

    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\W*(?i:since)\\b[^,;]*[,;]");
    /**
     * A comparison with the past: a superlative, "the first/only …" or "than at any time" before a "since" in the same
     * clause ("their lowest since the 1980s", "the first visit … since 2013", "closer than at any time since the Cold
     * War"). Group 1 is the "since".
     */
    private static final Pattern COMPARISON_SINCE = Pattern.compile("(?i)(?:\\bthan\\s+(?:at\\s+)?any\\s+(?:time|point"
            + "|moment|stage)|\\b(?:the|its|their|his|her|our|\\p{L}+['’]s)\\s+(?:(?!(?:west|interest|rest|protest"
            + "|request|unrest|test|contest|quest|guest|forest|arrest|harvest|conquest|manifest|honest|modest|nest"
            + "|chest|priest)\\b)\\p{L}{2,}est|first|only|most\\s+\\p{L}+|least\\s+\\p{L}+|biggest|largest|worst"
            + "|best)\\b)[^,;:.!?]{0,60}?\\s(since)\\b");

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
    /** "wrapped up five days of drills", "after two days of talks": an event of that many days ending on a day. */
    private static final Pattern DAYS_OF = Pattern.compile("(?i)\\b(?:wrapped\\s+up|ended|concluded|closed|finished|"
            + "capped|rounded\\s+off|after)\\s+(?:the\\s+)?(" + NumberWords.COUNT + ")\\s+days\\s+of\\b");

    /**
     * Expressions joined as a list ("in late 2017 and early 2018", "in 2002, 2016 and 2018"), as the start and end of
     * one stretch ("begin in 2028 and end by 2030", "in July and runs until the end of the year") or as the ends of a
     * change ("from 20 percent in 2019 to 35 percent in 2023") are one period: from the start of the first to the end
     * of the last, at the coarsest precision among them.
     */
    private static List<Found> coordinated(String sentence, List<Found> selected) {
        List<Found> merged = new ArrayList<>();
        for (Found next : selected) {
            Found last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null
                    && last.period().resolved()
                    && next.period().resolved()
                    && (LIST_JOIN
                                    .matcher(sentence)
                                    .region(last.end(), next.start())
                                    .matches()
                            || fromTo(sentence, last, next))
                    && (!next.period().start().isBefore(last.period().start())
                            || endsTheStretch(sentence, last, next))) {
                DatePrecision coarser =
                        last.period().precision().compareTo(next.period().precision()) <= 0
                                ? last.period().precision()
                                : next.period().precision();
                merged.set(
                        merged.size() - 1,
                        new Found(
                                last.start(),
                                next.end(),
                                new TimePeriod(
                                        sentence.substring(last.start(), next.end()),
                                        last.period().start(),
                                        next.period().end(),
                                        coarser,
                                        true)));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /**
     * "takes effect in July and runs until the end of the year": the second names the unit whose end closes the
     * stretch that begins with the first (it holds it and ends later), after "until", "to" or "through".
     */
    private static boolean endsTheStretch(String sentence, Found first, Found second) {
        TimePeriod a = first.period();
        TimePeriod b = second.period();
        return b.end().isAfter(a.end())
                && !b.start().isAfter(a.start())
                && UNTIL_BETWEEN
                        .matcher(sentence)
                        .region(first.end(), Math.min(second.end(), second.start() + 8))
                        .find();
    }

    /** "until" or "to" between the two, or opening the second as its preposition ("until the end of the year"). */
    private static final Pattern UNTIL_BETWEEN = Pattern.compile("(?i)\\b(?:until|till|to|through)\\b");

    /** "rose from 20 percent in 2019 to 35 percent in 2023": the two periods are the ends of one change. */
    private static boolean fromTo(String sentence, Found first, Found second) {
        return FROM_BEFORE
                        .matcher(sentence)
                        .region(Math.max(0, first.start() - 60), first.start())
                        .find()
                && TO_BETWEEN
                        .matcher(sentence)
                        .region(first.end(), second.start())
                        .matches();
    }

    /**
     * A sentence that opens with a "Since …," clause speaks about the time from the clause's date to the publication
     * ("Since the deadly clash in June, …"); so does one with "since" and an event the date dates, in one clause
     * ("… have grown warier since Washington threatened them with sanctions in December").
     */
    private static List<Found> sinceClause(String sentence, List<Found> selected, LocalDate publishedOn) {
        Matcher clause = SINCE_CLAUSE.matcher(sentence);
        boolean opening = clause.lookingAt();
        if (selected.isEmpty()
                || !opening && !sentence.toLowerCase(java.util.Locale.ROOT).contains("since ")) {
            return selected;
        }
        List<Found> result = new ArrayList<>(selected);
        for (int i = 0; i < result.size(); i++) {
            Found found = result.get(i);
            TimePeriod period = found.period();
            boolean inClause = opening
                    ? found.end() <= clause.end()
                    : SINCE_EVENT
                            .matcher(sentence)
                            .region(Math.max(0, found.start() - SINCE_EVENT_CHARS), found.start())
                            .find();
            if (inClause && period.resolved() && !period.text().regionMatches(true, 0, "since", 0, 5)) {
                result.set(
                        i,
                        new Found(
                                found.start(),
                                found.end(),
                                publishedOn == null || publishedOn.isBefore(period.start())
                                        ? unresolved(period.text(), period.precision())
                                        : new TimePeriod(
                                                period.text(), period.start(), publishedOn, period.precision(), true)));
            }
        }
        return result;
    }

    /**
     * Takes in a preposition before the expression ("in 2014", "On June 16", "about a month ago"); "since X" runs
     * from the start of X to the publication date.
     */
    private static Found widen(String sentence, Found found, LocalDate publishedOn) {
        Matcher before = SINCE_BEFORE.matcher(sentence).region(Math.max(0, found.start() - 12), found.start());
        if (!before.find()) {
            Matcher preposition =
                    PREPOSITION_BEFORE.matcher(sentence).region(Math.max(0, found.start() - 12), found.start());
            if (!preposition.find()) {
                return found;
            }
            TimePeriod period = found.period();
            return new Found(
                    preposition.start(),
                    found.end(),
                    new TimePeriod(
                            sentence.substring(preposition.start(), found.end()),
                            period.start(),
                            period.end(),
                            period.precision(),
                            period.resolved()));
        }
        int start = before.start();
        String text = sentence.substring(start, found.end());
        TimePeriod period = found.period();
        if (!period.resolved() || publishedOn == null || publishedOn.isBefore(period.start())) {
            return new Found(start, found.end(), unresolved(text, period.precision()));
        }
        return new Found(
                start, found.end(), new TimePeriod(text, period.start(), publishedOn, period.precision(), true));
    }

    /** "before 1914", "after 2022", "before the 2012 embargo": a year that bounds an open stretch. */
    private static final Pattern OPEN_BOUND_BEFORE =
            Pattern.compile("(?i)\\b(before|after|prior\\s+to)\\s+(?:the\\s+)?$");

    private static final Found DROPPED = new Found(0, 0, null);

    /**
     * A bare year bounding an open stretch ("traded heavily before 1914", "poured in after 2022", "before the 2012
     * embargo") is not the period the sentence speaks about: dropped ({@link #DROPPED}); a year still to come that the
     * sentence looks up to ("unlikely to loosen before 2030") is the stretch from the publication date to the end of
     * the year before it. Null when the match is no such bound.
     */
    private static Found openBound(String sentence, Found found, LocalDate publishedOn) {
        TimePeriod period = found.period();
        if (!period.resolved()
                || period.precision() != DatePrecision.YEAR
                || !BARE_YEAR
                        .matcher(sentence.substring(found.start(), found.end()))
                        .matches()) {
            return null;
        }
        Matcher before = OPEN_BOUND_BEFORE.matcher(sentence).region(Math.max(0, found.start() - 14), found.start());
        if (!before.find()) {
            return null;
        }
        boolean ahead = before.group(1).equalsIgnoreCase("before")
                && publishedOn != null
                && publishedOn.isBefore(period.start())
                && !sentence.substring(before.end(), found.start())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("the");
        if (!ahead) {
            return DROPPED;
        }
        return new Found(
                before.start(),
                found.end(),
                Periods.period(
                        sentence.substring(before.start(), found.end()),
                        publishedOn,
                        period.start().minusDays(1),
                        DatePrecision.DAY));
    }

    /** A year alone, as the time rules read one ({@link TimeRules#YEAR}). */
    private static final Pattern BARE_YEAR = Pattern.compile(TimeRules.YEAR);

    private TimeSelection() {}

    /** The expressions kept from the rules' matches, left to right, without overlaps. */
    static List<Found> select(String sentence, List<Found> matches, LocalDate publishedOn) {
        List<Found> candidates = new ArrayList<>(matches.size());
        for (Found match : matches) {
            if (namesADocument(sentence, match)) {
                continue;
            }
            Found bound = openBound(sentence, match, publishedOn);
            if (bound == null) {
                candidates.add(widen(sentence, match, publishedOn));
            } else if (bound != DROPPED) {
                candidates.add(bound);
            }
        }
        candidates.sort(Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::length).reversed()));
        List<Found> selected = new ArrayList<>();
        int covered = 0;
        for (Found candidate : candidates) {
            if (candidate.start() >= covered) {
                selected.add(candidate);
                covered = candidate.end();
            }
        }
        return withoutBackdrop(
                sentence,
                daysOfAnEvent(
                        sentence,
                        comparedWithThePast(
                                sentence,
                                comparedWith(
                                        sentence,
                                        sinceClause(sentence, coordinated(sentence, selected), publishedOn),
                                        publishedOn),
                                publishedOn)));
    }

    /**
     * A bare year in the name of a document the sentence refers to as known ("the 2001 Treaty of
     * Good-Neighbourliness", "the 1951 Mutual Defense Treaty", "the 2016 arbitral award") or of a plan ("its Vision
     * 2030 projects") tells when the text was signed or what it aims at, not when what the sentence says happens: "the
     * 2001 treaty obliges both sides" speaks about now, "the 2001 treaty, extended in 2021" about 2021. Not an event
     * named by its year ("the 2016 election", "the 2015 hack"), which the sentence may well be about, nor a document
     * the sentence introduces ("lawsuits under a 1989 investment treaty"), which the annotated sets date by its year.
     */
    static boolean namesADocument(String sentence, Found match) {
        if (!BARE_YEAR.matcher(sentence.substring(match.start(), match.end())).matches()) {
            return false;
        }
        String before = sentence.substring(0, match.start());
        String after = sentence.substring(match.end());
        return DEFINITE.matcher(before).find() && DOCUMENT_AFTER.matcher(after).lookingAt()
                || PLAN_BEFORE.matcher(before).find()
                || TARGET_BEFORE.matcher(before).find()
                || TARGET_AFTER.matcher(after).lookingAt();
    }

    /**
     * A year named as a target or as the horizon of a plan: "well before the target date of 2024", "floated 2026 as a
     * target", "a second statement mapping economic cooperation to 2030". (Not "by 2030", which tells when a thing is
     * to happen, nor "from 2021 to 2024", a range.)
     */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)(?:\\btarget(?:\\s+(?:date|year))?\\s+of"
            + "|\\b(?:cooperation|development|partnership|plans?|programme|program|strategy|roadmap|outlook)"
            + "\\s+(?:up\\s+)?(?:to|until|through))\\s+$");

    private static final Pattern TARGET_AFTER =
            Pattern.compile("(?i)\\s+as\\s+(?:a|the|an|its|their)\\s+(?:[\\p{L}-]+\\s+)?(?:target|goal|deadline)\\b");

    private static final Pattern DEFINITE = Pattern.compile("(?i)\\bthe\\s+$");

    /** Up to two words, then a document noun: "2001 Treaty", "1951 Mutual Defense Treaty", "2015 nuclear deal". */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:treaty|treaties"
            + "|agreement|accords?|pact|award|deal|convention|charter|constitution|memorandum|protocol)\\b");

    /** A plan named after the year it aims at: "Vision 2030", "Agenda 2063", "Horizon 2020". */
    private static final Pattern PLAN_BEFORE = Pattern.compile("\\b(?:Vision|Agenda|Horizon)\\s+$");

    /**
     * The words before a period that a sentence measures the present against: "better organised than in 2024", "a
     * fraction of what they were in the 2000s", "far above the lows of the 2010s".
     */
    private static final Pattern MEASURED_AGAINST = Pattern.compile("(?i)(?:\\bthan\\s+(?:(?:it|they|he|she|we)\\s+"
            + "(?:was|were|did)\\s+)?(?:in|during|at)?|\\bwhat\\s+(?:it|they)\\s+(?:was|were)\\s+(?:in|during)?"
            + "|\\bthe\\s+(?:lows?|highs?|peaks?|levels?)\\s+of)\\s*(?:the\\s+)?$");

    /**
     * A period the sentence measures the present against ({@link #MEASURED_AGAINST}) is not what it speaks about: it
     * is dropped, and when no other resolved period is left, the sentence speaks about the publication year (with no
     * publication date, about no time).
     */
    private static List<Found> comparedWith(String sentence, List<Found> selected, LocalDate publishedOn) {
        List<Found> kept = new ArrayList<>(selected.size());
        Found compared = null;
        for (Found found : selected) {
            String before = sentence.substring(Math.max(0, found.start() - 30), found.start());
            String own = found.period().text().replaceFirst("(?i)^(?:in|during|at)\\s+", "");
            boolean measured = found.period().resolved()
                    && MEASURED_AGAINST
                            .matcher(before + sentence.substring(found.start(), found.end() - own.length()))
                            .find();
            if (measured) {
                compared = compared == null ? found : compared;
            } else {
                kept.add(found);
            }
        }
        if (compared == null) {
            return selected;
        }
        if (publishedOn != null && kept.stream().noneMatch(f -> f.period().resolved())) {
            int year = publishedOn.getYear();
            kept.add(new Found(
                    compared.start(),
                    compared.end(),
                    Periods.period(
                            compared.period().text(),
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31),
                            DatePrecision.YEAR)));
            kept.sort(Comparator.comparingInt(Found::start));
        }
        return kept;
    }

    /**
     * A clause that tells the history of a thing the sentence names, set apart from what the sentence says of it: a
     * relative clause between commas ("Washington, which backed Kosovo's independence in 2008, has grown impatient"),
     * a participle after a comma or "first" ("the Common Framework, set up in 2020, …", "an embargo first imposed in
     * 2017") or a likening to a past occasion ("Russia has offered to take the stockpile, as it did in 2015").
     */
    private static final Pattern BACKDROP = Pattern.compile("(?i),\\s*(?:which|who|whose)\\s[^,;:()\u2013\u2014]*"
            + "|(?:,\\s*|\\b(?:first|originally|initially)\\s+)(?:set\\s+up|created|launched|imposed|signed|declared"
            + "|founded|established|adopted|introduced|agreed|proclaimed|unveiled|sealed|concluded|ratified|formed)"
            + "\\s+(?:in|on)\\s[^,;:()\u2013\u2014]*"
            + "|\\bas\\s+(?:it|they|he|she|we)\\s+(?:did|had)\\b[^,;:()\u2013\u2014]*");

    /** The adverbs that may stand between a relative clause and the verb of its sentence ("…, now faces"). */
    private static final Pattern ADVERBS =
            Pattern.compile("^[\\s,]*(?:(?:also|now|still|already|only|since|long|\\p{Ll}+ly)\\s+)*");

    /**
     * The periods of a backdrop clause ({@link #BACKDROP}) are not what the sentence speaks about when the sentence
     * tells something else in the present or the future ("…, has grown openly impatient", "… remains suspended") or
     * names another period outside the clause: dropped.
     */
    private static List<Found> withoutBackdrop(String sentence, List<Found> selected) {
        if (selected.isEmpty() || !BACKDROP_WORD.matcher(sentence).find()) {
            return selected;
        }
        Matcher backdrop = BACKDROP.matcher(sentence);
        List<int[]> clauses = new ArrayList<>();
        boolean toldNow = false;
        while (backdrop.find()) {
            // "Manila, which will chair the bloc in 2026, said …": what a thing will do is no part of a past account
            if (backdrop.group().startsWith(",")
                    && RELATIVE.matcher(backdrop.group()).lookingAt()
                    && Tense.of(backdrop.group()) == Tense.FUTURE
                    && mainTense(sentence, backdrop) == Tense.PAST) {
                int start = backdrop.start();
                int end = backdrop.end();
                return selected.stream()
                        .filter(f -> f.start() < start || f.end() > end)
                        .toList();
            }
            // "Malaysia, which chairs ASEAN this year, …": a relative clause in the present tells the sentence's now
            if (!backdrop.group().startsWith(",")
                    || !RELATIVE.matcher(backdrop.group()).lookingAt()
                    || Tense.of(backdrop.group()) == Tense.PAST) {
                clauses.add(new int[] {backdrop.start(), backdrop.end()});
                toldNow |= mainTense(sentence, backdrop) != Tense.PAST;
            }
        }
        if (clauses.isEmpty()) {
            return selected;
        }
        List<Found> kept = new ArrayList<>(selected.size());
        List<Found> dropped = new ArrayList<>();
        for (Found found : selected) {
            // "whose trade topped $290 billion last year", "which took effect on Sunday": a time counted from the
            // publication date is the account's own, not a thing's history
            boolean history = inAny(found, clauses)
                    && !COUNTED_FROM_NOW.matcher(found.period().text()).find();
            (history ? dropped : kept).add(found);
        }
        if (dropped.isEmpty()) {
            return selected;
        }
        boolean otherPeriod = false;
        for (Found found : kept) {
            TimePeriod other = found.period();
            // "the 2018 strategy, unveiled in January 2018": the clause dates the thing the year names more precisely
            otherPeriod |= other.resolved()
                    && dropped.stream()
                            .map(Found::period)
                            .noneMatch(p -> p.resolved()
                                    && !p.start().isBefore(other.start())
                                    && !p.end().isAfter(other.end()));
        }
        return !toldNow && !otherPeriod ? selected : kept;
    }

    private static final Pattern RELATIVE = Pattern.compile("(?i),\\s*(?:which|who|whose)\\b");

    /** The words of a time counted from the publication date: "last year", "this week", "on Sunday". */
    private static final Pattern COUNTED_FROM_NOW = Pattern.compile("(?i)\\b(?:this|last|next|past|ago|today"
            + "|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private static final Pattern BACKDROP_WORD = Pattern.compile("(?i)\\b(?:which|who|whose|first|originally"
            + "|initially|did|had)\\b|,\\s*(?:set|created|launched|imposed|signed|declared|founded|established"
            + "|adopted|introduced|agreed|proclaimed|unveiled|sealed|concluded|ratified|formed)\\b");

    private static boolean inAny(Found found, List<int[]> clauses) {
        for (int[] clause : clauses) {
            if (found.start() >= clause[0] && found.end() <= clause[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tense of what the sentence says besides the clause: of the verb right after a relative clause closed by a
     * comma ("…, has grown"), else of the rest of the sentence.
     */
    private static Tense mainTense(String sentence, Matcher clause) {
        String after = sentence.substring(clause.end());
        if (clause.group().startsWith(",") && after.startsWith(",")) {
            Matcher adverbs = ADVERBS.matcher(after);
            String rest = adverbs.lookingAt() ? after.substring(adverbs.end()) : after;
            int space = rest.indexOf(' ');
            String verb = space < 0 ? rest : rest.substring(0, space);
            if (!verb.isEmpty()) {
                return Tense.of(verb);
            }
        }
        return Tense.of(sentence.substring(0, clause.start()) + " " + after);
    }

    /**
     * An event of N days that ended on the one day the sentence names ("wrapped up five days of drills … on Sunday",
     * "left … on Friday after two days of talks") speaks about those N days.
     */
    private static List<Found> daysOfAnEvent(String sentence, List<Found> selected) {
        if (!sentence.contains(" days of ")) {
            return selected;
        }
        Matcher days = DAYS_OF.matcher(sentence);
        if (!days.find()) {
            return selected;
        }
        int n = NumberWords.count(days.group(1));
        List<Found> result = new ArrayList<>(selected);
        for (int i = 0; i < result.size(); i++) {
            Found found = result.get(i);
            TimePeriod period = found.period();
            if (period.resolved()
                    && period.precision() == DatePrecision.DAY
                    && period.start().equals(period.end())) {
                if (n > 1 && n <= 31) {
                    result.set(
                            i,
                            new Found(
                                    found.start(),
                                    found.end(),
                                    Periods.period(
                                            period.text(),
                                            period.start().minusDays(n - 1L),
                                            period.end(),
                                            DatePrecision.DAY)));
                }
                return result;
            }
        }
        return result;
    }

    /**
     * A comparison with the past is not the period a claim speaks about: "relations are at their lowest since the
     * 1980s" is about now. The "since …" of the comparison (to the end of its clause) is dropped; when it named a date
     * and no other period is left, the claim speaks about the publication year (with no publication date, about no
     * time). A comparison that names no date ("closer than at any time since the Cold War") states no period.
     */
    private static List<Found> comparedWithThePast(String sentence, List<Found> selected, LocalDate publishedOn) {
        if (!sentence.contains("since")) {
            return selected;
        }
        Matcher comparison = COMPARISON_SINCE.matcher(sentence);
        if (!comparison.find()) {
            return selected;
        }
        int from = comparison.start(1);
        Matcher end = CLAUSE_END.matcher(sentence);
        int to = end.find(comparison.end()) ? end.start() : sentence.length();
        List<Found> kept = new ArrayList<>(selected.size());
        for (Found found : selected) {
            if (found.start() < from || found.start() >= to) {
                kept.add(found);
            }
        }
        if (publishedOn != null
                && kept.size() < selected.size()
                && kept.stream().noneMatch(f -> f.period().resolved())) {
            int year = publishedOn.getYear();
            kept.add(new Found(
                    comparison.start(),
                    comparison.end(),
                    Periods.period(
                            comparison.group(),
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31),
                            DatePrecision.YEAR)));
            kept.sort(Comparator.comparingInt(Found::start));
        }
        return kept;
    }
}
