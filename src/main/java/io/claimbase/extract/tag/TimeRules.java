package io.claimbase.extract.tag;

import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.RequiredText;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule table of {@link TimeTagger}: one regular expression per kind of time expression, each with the resolver
 * ({@link CalendarDates}, {@link RelativeDates}) that turns a match into a period, and the cheap token check that
 * says whether a rule is worth running on a sentence.
 */
final class TimeRules {

    private static final String MONTH_FULL =
            "January|February|March|April|May|June|July|August|September|October|November|December";

    /** A month that is no other word ("May" is a modal and a name too). */
    private static final String MONTH_NOT_MAY =
            "January|February|March|April|June|July|August|September|October|November|December";

    private static final String MONTH_ANY = MONTH_FULL + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    static final String YEAR = "((?:1[89]|20)\\d{2})";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String PART = "(early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|"
            + "beginning\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of|"
            + "the\\s+first\\s+half\\s+of|first\\s+half\\s+of|the\\s+second\\s+half\\s+of|second\\s+half\\s+of)";
    private static final String NUMBER_WORD = "a|an|" + NumberWords.COUNT;
    private static final String SEASON = "spring|summer|autumn|winter";
    private static final String QUARTER = "first|second|third|fourth|1st|2nd|3rd|4th";

    /** Turns one match into a period, or null to drop it. */
    @FunctionalInterface
    private interface Resolver {
        TimePeriod resolve(Matcher m, String text, LocalDate publishedOn);
    }

    /** What a sentence must contain for a rule to be worth running (checked on its tokens, which is cheap). */
    private enum Trigger {
        DIGIT,
        MONTH,
        DIGIT_AND_MONTH,
        MONTH_AND_UNIT,
        UNIT,
        WEEKDAY,
        SEASON
    }

    /** {@code required}: the words one of which a match contains ({@link RequiredText}), or null. */
    private record Rule(Trigger trigger, Pattern pattern, Resolver resolver, Set<String> required) {}

    private static final Set<String> MONTH_WORDS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    private static final Set<String> UNIT_WORDS = Set.of(
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "decade",
            "decades",
            "day",
            "days",
            "yesterday",
            "tomorrow",
            "future",
            "century",
            "morning",
            "afternoon",
            "evening");
    private static final Set<String> SEASON_WORDS = Set.of("spring", "summer", "autumn", "winter", "quarter");
    private static final Set<String> WEEKDAY_WORDS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final String RANGE_JOIN = "\\s*(?:-|\u2013|and|to|through)\\s*";
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final List<Rule> RULES = List.of(
            rule(Trigger.DIGIT, "\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b", CalendarDates::isoDate),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(" + MONTH_ANY + ")\\.?\\s+(\\d{1,2})" + ORDINAL
                            + "(?:" + RANGE_JOIN + "(\\d{1,2})" + ORDINAL + ")?\\b"
                            + "(?!\\s*(?:%|percent|per\\s+cent|\\d))(?:,?\\s+" + YEAR + "\\b)?",
                    CalendarDates::monthDay),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(\\d{1,2})" + ORDINAL + "(?:" + RANGE_JOIN + "(\\d{1,2})" + ORDINAL + ")?\\s+(?:of\\s+)?("
                            + MONTH_ANY + ")\\b\\.?(?:,?\\s+" + YEAR + "\\b)?",
                    CalendarDates::dayMonth),
            rule(
                    Trigger.MONTH_AND_UNIT,
                    "\\b(?:(early|mid|late)[\\s-]+)?(" + MONTH_FULL + ")\\s+(?:of\\s+)?(last|this|next)\\s+year\\b",
                    RelativeDates::monthOfRelativeYear),
            rule(
                    Trigger.DIGIT_AND_MONTH,
                    "\\b(?:" + PART + "[\\s-]+)?(" + MONTH_ANY + ")\\.?(?:\\s+of)?,?\\s+" + YEAR + "\\b",
                    CalendarDates::monthYear),
            rule(
                    Trigger.MONTH,
                    "\\b(?i:(last|this|next))\\s+(" + MONTH_FULL + ")\\b(?!\\s*\\d)",
                    RelativeDates::monthRelative),
            rule(
                    Trigger.MONTH,
                    "(?:(?<=\\b(?i:in|since|until|till|by|during|from|before|after|around|through|as early "
                            + "as|as late as)\\s)(?:" + PART
                            + "[\\s-]+)?|\\b" + PART + "[\\s-]+)(" + MONTH_FULL + ")\\b(?!\\s*\\d)",
                    CalendarDates::monthAlone),
            // two months joined in one time phrase: "fell in March and April", "in January–September" is the span
            rule(
                    Trigger.MONTH,
                    "(?<=\\b(?i:in|during)\\s)(" + MONTH_FULL + ")(?:\\s+and\\s+|\\s*[-\u2013]\\s*)(" + MONTH_FULL
                            + ")\\b(?!\\s*\\d{1,2}\\b)(?:,?\\s+" + YEAR + "\\b)?",
                    CalendarDates::monthRange),
            rule(
                    Trigger.MONTH,
                    "\\b(?i:between|from)\\s+(" + MONTH_FULL + ")\\s+(?:and|to|until|till|through)\\s+(" + MONTH_FULL
                            + ")\\b(?!\\s*\\d{1,2}\\b)(?:,?\\s+" + YEAR + "\\b)?",
                    CalendarDates::monthRange),
            rule(
                    Trigger.MONTH,
                    "(?:(?<=\\b(?i:the)\\s)(" + MONTH_NOT_MAY + ")|(?<=\\b(?i:their|its|his|her|our)\\s)(" + MONTH_FULL
                            + "))(?=\\s+(?:summit|meeting|elections?|vote|talks"
                            + "|visit|deadline|session|conference|plenum|referendum|ballot|polls?|council)\\b)",
                    CalendarDates::monthNamingAnEvent),
            rule(
                    Trigger.DIGIT,
                    "\\b(?:(early|late)\\s+)?((?i:spring|summer|autumn|fall|winter))\\s+(?:of\\s+)?" + YEAR + "\\b",
                    CalendarDates::season),
            rule(
                    Trigger.DIGIT,
                    "(?i)\\b(?:the\\s+)?(" + QUARTER + "|final|last)[\\s-]+quarter\\s+(?:of\\s+)?" + YEAR + "\\b",
                    CalendarDates::quarter),
            // a quarter or half of a year and a later one told without the noun again: "$75 in the first quarter of
            // 2025 but only $66 in the second" is the first two quarters
            rule(
                    Trigger.DIGIT,
                    "(?i)\\b(?:the\\s+)?(first|second|third)\\s+(quarter|half)\\s+(?:of\\s+)?" + YEAR
                            + "\\b(?:[^.;:?!]|\\.(?=\\d)){0,80}?\\b(?:in|during|for)\\s+the\\s+(second|third|fourth)\\b"
                            + "(?![\\s-]+\\p{L})",
                    CalendarDates::laterPartOfTheYear),
            rule(
                    Trigger.SEASON,
                    "(?i)\\b(this|last|next|the)\\s+(" + SEASON + ")\\b(?!\\s+(?:of\\s+)?(?:1[89]|20)\\d{2})",
                    RelativeDates::season),
            rule(
                    Trigger.SEASON,
                    "(?i)\\bthe\\s+(" + QUARTER + ")\\s+quarter\\b(?:\\s+of\\s+(this|last|next)\\s+year\\b)?"
                            + "(?!\\s+(?:of\\s+)?(?:1[89]|20)\\d{2}|[\\s-]+(?:of\\s+(?:a|the)\\s+)?century)",
                    RelativeDates::quarter),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:the\\s+)?first\\s+(" + NumberWords.COUNT + ")\\s+months\\s+of\\s+(?:" + YEAR
                            + "|(this|last|the)\\s+year)\\b",
                    RelativeDates::firstMonths),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(this|last|next|the)\\s+year\\b",
                    RelativeDates::halfOfTheYear),
            rule(Trigger.SEASON, "(?i)\\b(this|last|next)\\s+quarter\\b", RelativeDates::relativeQuarter),
            rule(
                    Trigger.UNIT,
                    "(?i)\\bthis\\s+(?:morning|afternoon|evening)\\b(?:['’]s)?",
                    RelativeDates::earlierToday),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:" + NUMBER_WORD + "|\\d{1,2})\\s+(?:years?|months?)\\s+into\\b",
                    RelativeDates::intoSomething),
            rule(Trigger.DIGIT, "\\bQ([1-4])\\s+" + YEAR + "\\b", CalendarDates::quarter),
            rule(
                    Trigger.DIGIT,
                    "\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?((?:1[89]|20)\\d0)s\\b",
                    CalendarDates::decade),
            rule(
                    Trigger.DIGIT,
                    "\\b" + YEAR + "\\s*(?:-|\u2013|\u2014|/)\\s*((?:1[89]|20)?\\d{2})\\b" + "(?![-\u2013]\\d)",
                    CalendarDates::yearRange),
            rule(
                    Trigger.DIGIT,
                    "(?i)\\b(?:between|from)\\s+" + YEAR + "\\s+(?:and|to|until|till|through)\\s+" + YEAR + "\\b",
                    CalendarDates::yearRange),
            rule(Trigger.DIGIT, "\\b(?:" + PART + "[\\s-]+)?" + YEAR + "\\b", CalendarDates::year),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:(earlier|later|so\\s+far)\\s+)?(?:(the)\\s+)?"
                            + "(this|last|next|past|previous|coming)\\s+(week|month|year|decade)\\b",
                    RelativeDates::relativeUnit),
            rule(
                    Trigger.UNIT,
                    "(?i)\\bthe\\s+(?:last|past)\\s+(" + NumberWords.COUNT + ")\\s+(years|months|weeks|decades)\\b",
                    RelativeDates::trailing),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(" + NUMBER_WORD + "|\\d{1,2})\\s+(year|month|week|day)s?\\s+ago\\b",
                    RelativeDates::ago),
            rule(Trigger.UNIT, "(?i)\\b(yesterday|tomorrow)\\b", RelativeDates::adjacentDay),
            rule(Trigger.UNIT, "(?i)\\bbefore\\s+the\\s+year\\s+is\\s+(?:out|over)\\b", RelativeDates::restOfTheYear),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(the|this|next|last)\\s+"
                            + "(year|month)\\b",
                    RelativeDates::partOfRelativeUnit),
            rule(
                    Trigger.UNIT,
                    "(?i)\\bthe\\s+(?:last|past)\\s+(quarter|half)[\\s-]century\\b",
                    RelativeDates::trailingCentury),
            rule(
                    Trigger.UNIT,
                    "(?i)\\b(?:recent\\s+(?:years|months|weeks|decades)|(?:the\\s+)?(?:near|foreseeable|"
                            + "immediate)\\s+future|the\\s+coming\\s+(?:years|months|weeks|decades)|that\\s+same\\s+"
                            + "(?:day|week|month|year)|(?:" + NUMBER_WORD
                            + "|\\d{1,2})\\s+(?:years?|months?|weeks?|days?)\\s+"
                            + "(?:earlier|later))\\b",
                    RelativeDates::vague),
            // not a weekday the date after it names ("on Thursday 25 April 2024", "on Wednesday, 8 May"): that date
            rule(
                    Trigger.WEEKDAY,
                    "\\b(?i:(on|last|this|next|by|until|till))\\s+(" + WEEKDAY + ")\\b"
                            + "(?!,?\\s+(?:\\d{1,2}" + ORDINAL + "\\s+(?:of\\s+)?(?:" + MONTH_ANY + ")\\b|(?:"
                            + MONTH_ANY + ")\\.?\\s+\\d{1,2}\\b))",
                    RelativeDates::weekday));

    private static Rule rule(Trigger trigger, String regex, Resolver resolver) {
        return new Rule(trigger, Pattern.compile(regex), resolver, RequiredText.of(regex));
    }

    private static EnumSet<Trigger> triggers(Tokens tokens) {
        boolean digit = false;
        boolean month = false;
        boolean unit = false;
        boolean weekday = false;
        boolean season = false;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            if (Character.isDigit(word.charAt(0))) {
                digit = true;
            } else if (MONTH_WORDS.contains(word)) {
                month = true;
            } else if (UNIT_WORDS.contains(word)) {
                unit = true;
            } else if (WEEKDAY_WORDS.contains(word)) {
                weekday = true;
            } else if (SEASON_WORDS.contains(word)) {
                season = true;
            }
        }
        EnumSet<Trigger> present = EnumSet.noneOf(Trigger.class);
        add(present, Trigger.DIGIT, digit);
        add(present, Trigger.MONTH, month);
        add(present, Trigger.DIGIT_AND_MONTH, digit && month);
        add(present, Trigger.MONTH_AND_UNIT, month && unit);
        add(present, Trigger.UNIT, unit);
        add(present, Trigger.WEEKDAY, weekday);
        add(present, Trigger.SEASON, season);
        return present;
    }

    private static void add(EnumSet<Trigger> set, Trigger trigger, boolean present) {
        if (present) {
            set.add(trigger);
        }
    }

    private TimeRules() {}

    /** Every match of every rule that resolves, as found (before widening and selection), in rule order. */
    static List<TimeTagger.Found> matches(String sentence, Tokens tokens, LocalDate publishedOn) {
        return matches(sentence, tokens, publishedOn, true);
    }

    /** As above; {@code guarded} false runs every triggered rule, whether or not its required words occur (tests). */
    static List<TimeTagger.Found> matches(String sentence, Tokens tokens, LocalDate publishedOn, boolean guarded) {
        EnumSet<Trigger> present = triggers(tokens);
        if (present.isEmpty()) {
            return List.of();
        }
        List<TimeTagger.Found> found = new ArrayList<>();
        String folded = RequiredText.fold(sentence);
        for (Rule rule : RULES) {
            if (!present.contains(rule.trigger())
                    || guarded && rule.required() != null && !RequiredText.containsAny(folded, rule.required())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                TimePeriod period = rule.resolver().resolve(m, sentence, publishedOn);
                if (period != null) {
                    found.add(new TimeTagger.Found(m.start(), m.end(), period));
                }
            }
        }
        return found;
    }
}
