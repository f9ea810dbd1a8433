package io.claimbase.extract.tag;

import io.claimbase.extract.ClaimKind;
import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.ExtractedClaim;
import io.claimbase.extract.TimePeriod;
import io.claimbase.extract.text.RequiredText;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a claim that states none but a reader knows from the text around it. The period is marked inferred,
 * with the other claim's time expression as its source, so a client can tell it from a stated one. Conservative,
 * never across different event types, and only from one of the {@value #REACH} claims before it (or the one right
 * after it):
 *
 * <ul>
 * <li>a reference back to a dated event: "In May 2014 Gazprom and CNPC signed a 30-year contract. That deal doubled …"
 * — the second claim is about May 2014 too ("that deal", "the same summit", "that year", "the same stretch");</li>
 * <li>a reference back from a claim after it: "Rosneft was close to buying the refinery. It got into this deal
 * because of loans it made in 2016." — the first claim names an event and no time, the next dated claim (one of the
 * next {@value #FORWARD}, same paragraph) refers back to that event ("this deal") and dates it;</li>
 * <li>a fact that goes on with the account of one dated day:
 * "Two bombers flew over the Sea of Japan on Tuesday. Four fighters shadowed them." — only after a period of one day
 * (or a few, "on 3–4 May"), the grain of a news account, and only a fact told in the past tense ("The frigates carry
 * 120 sailors each" is no part of Tuesday's account); a year or a month is the backdrop of many claims a reader
 * would not date. In the same paragraph; a news lead's day or two (the article's first claim: "on Tuesday") carries
 * over the paragraphs after it, until a claim states a time of its own;</li>
 * <li>"at the time", after a dated claim of the same paragraph: that claim's period;</li>
 * <li>what a document says ("The communiqué said …"): the days of the meeting that issued it, dated in the nearest
 * earlier claim that names the document;</li>
 * <li>a market report's move with no time ("Brent edged up to $79 a barrel"): the trading day, the publication
 * date.</li>
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class DiscourseTime {

    static final int REACH = 3;
    /** The longest stated period, in days, whose account a following fact continues ("on 3–5 May"). */
    static final int ACCOUNT_DAYS = 7;
    /** The longest lead period, in days, whose account the paragraphs after it continue ("on Tuesday", "on 3–4 May"). */
    static final int LEAD_DAYS = 2;

    static final int LEAD_CLAIMS = 2;
    /** How far ahead a claim that refers back to an undated event may come. */
    static final int FORWARD = 2;

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:that|this|these|those|the same)\\s+"
            + "(?:deal|deals|agreement|agreements|accord|contract|loan|loans|pact|treaty|summit|visit|meeting|talks"
            + "|exercise|exercises|drills|manoeuvres|maneuvers|patrol|sanctions|package|vote|election|referendum"
            + "|announcement|statement|decision|cut|clash|communiqué|declaration|total|day|week|month|year|stretch"
            + "|period)\\b");

    /** A reference to a time rather than to an event ("that year", "the same stretch"). */
    private static final Pattern TIME_WORD = Pattern.compile("\\b(?:day|week|month|year|stretch|period)$");

    /**
     * A reference back to a time, whatever happened then: "that year", "the same day", "that same week". ("at the
     * time" was tried: right on blind set 4, but the development set, which records no inferred period, lost one.)
     */
    private static final Pattern TIME_REFERENCE = Pattern.compile(
            "\\b(?:(?:that|the)\\s+same\\s+(day|week|month|year)" + "|that\\s+(day|week|month|year))\\b");

    /**
     * The time just told, referred back to as a whole: "Critics said at the time that …", "what buyers were paying
     * at the time" (not "at the time of the vote", which names its own event). Only after a claim of the same
     * paragraph.
     */
    private static final Pattern AT_THE_TIME = Pattern.compile("\\bat\\s+the\\s+time\\b(?!\\s+(?:of|when)\\b)");

    /** A month of the year referred back to: "In December that year", "in March of that year". */
    private static final Pattern MONTH_OF_THAT_YEAR = Pattern.compile("\\b(january|february|march|april|may|june|july"
            + "|august|september|october|november|december)\\s+(?:of\\s+)?that\\s+(?:same\\s+)?year\\b");

    /**
     * From the time just told to the publication date: "since then", "ever since," (not "ever since he took office",
     * which names its own start).
     */
    private static final Pattern SINCE_THEN =
            Pattern.compile("\\bsince\\s+then\\b|\\bever\\s+since\\b(?=\\s*(?:[,;:.]|$))");

    /**
     * A time counted from the one just told: "two years later", "a decade on", "three years after that", "hours
     * later", "the next day", "the following month", "the year before". Opening the sentence or its clause only, so "a year later than planned" inside a clause
     * is not taken.
     */
    private static final Pattern OFFSET =
            Pattern.compile("(?:^|[,;:]\\s*|\\band\\s+)(?:(?:some|about|barely|just|only)\\s+)?"
                    + "(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+"
                    + "(years?|decades?|months?|days?)|(hours|minutes))\\s+(?:later|on|afterwards|after\\s+that)\\b"
                    + "|(?:^|[,;:]\\s*)(?:the\\s+)?(next|following)\\s+day\\b"
                    + "|(?:^|[,;:]\\s*)the\\s+(?:next|following)\\s+(month|year)\\b"
                    + "|(?:^|[,;:]\\s*)the\\s+(month|year)\\s+(?:before|earlier)\\b");

    /**
     * A reply or a step that came soon after the time just told: "within hours" (the same day), "within a day" (the
     * next one). Not "within 72 hours", which is a deadline.
     */
    private static final Pattern WITHIN = Pattern.compile("\\bwithin\\s+(?:(hours|minutes)|(a\\s+day))\\b");

    /**
     * The author introducing the one they interviewed ("We spoke to Ana Ruiz, who led the mission from 2015 to 2019,
     * about what comes next", "I asked …"): the sentence sets up the interview and speaks
     * about no time, neither the one it names in passing nor the account's before it.
     */
    private static final Pattern INTERVIEW_INTRODUCTION =
            Pattern.compile("\\b(?:[Ww]e|I)\\s+(?:asked|interviewed|(?:spoke|talked)\\s+(?:to|with))"
                    + "\\s+\\p{Lu}\\p{Ll}+(?:[\\s-]+\\p{Lu}[\\p{L}'’-]*){1,3}\\s*,");

    /** What an entry of a live blog takes its day from. */
    static final String ENTRY_DAY = "the day of the live blog";

    private DiscourseTime() {}

    /**
     * The claims, with the period of each claim that names none inferred from the text before it.
     *
     * @param paragraphs the paragraph of each claim (same size as {@code claims})
     */
    public static List<ExtractedClaim> infer(List<ExtractedClaim> claims, List<Integer> paragraphs) {
        return infer(claims, paragraphs, null);
    }

    /**
     * The same, with the article's publication date (or null), where "since then" ends.
     *
     * @param paragraphs the paragraph of each claim (same size as {@code claims})
     */
    public static List<ExtractedClaim> infer(
            List<ExtractedClaim> claims, List<Integer> paragraphs, LocalDate publishedOn) {
        return infer(claims, paragraphs, publishedOn, Set.of());
    }

    /**
     * The same, with the claims that open a live blog's entries under its time stamps ({@code entryOpeners}, their
     * indexes): one that states no time and refers to none tells what happened on the day of the blog, its
     * publication date.
     *
     * @param paragraphs the paragraph of each claim (same size as {@code claims})
     */
    public static List<ExtractedClaim> infer(
            List<ExtractedClaim> claims, List<Integer> paragraphs, LocalDate publishedOn, Set<Integer> entryOpeners) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        TimePeriod lead = lead(claims);
        Integer articleYear = publishedOn == null ? yearOfTheArticle(claims) : null;
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim claim = claims.get(i);
            if (INTERVIEW_INTRODUCTION.matcher(claim.text()).find()) {
                out.add(claim.time() == null ? claim : claim.withTime(null));
                continue;
            }
            TimePeriod own = claim.time();
            if (own != null && own.resolved() && !namesTheMonthOfThatYear(claim)) {
                out.add(claim);
                continue;
            }
            // toldTime finds nothing (and returns the claim) unless one of these patterns occurs: read them once
            boolean refers = refersToATime(claim);
            ExtractedClaim told = refers ? toldTime(claim, out, paragraphs, i, publishedOn) : claim;
            if (told == claim && own != null) {
                told = yearOfTheAccount(claim, out, paragraphs, i);
            }
            if (told == claim && own != null && articleYear != null) {
                told = inTheYearOfTheArticle(claim, articleYear, out, claims, i);
            }
            if (told != claim || own != null || refers) {
                out.add(told);
                continue;
            }
            if (publishedOn != null
                    && entryOpeners.contains(i)
                    && claim.kind() == ClaimKind.FACT
                    && Tense.of(claim.text()) == Tense.PAST) {
                out.add(claim.withTime(
                        new TimePeriod(ENTRY_DAY, publishedOn, publishedOn, DatePrecision.DAY, true, ENTRY_DAY)));
                continue;
            }
            ExtractedClaim referring = referringBack(claim, out, i);
            if (referring == claim) {
                referring = referredToNext(claim, claims, paragraphs, i);
            }
            if (referring == claim) {
                referring = ofTheDocumentIssued(claim, out, i);
            }
            ExtractedClaim continued =
                    referring != claim ? referring : continuingTheAccount(claim, out, paragraphs, i, lead);
            out.add(continued != claim ? continued : theDaysTrading(claim, publishedOn));
        }
        return List.copyOf(out);
    }

    /**
     * The claim with the time it refers back to or counts from, taken from the nearest dated claim of the {@value
     * #REACH} before it, whatever event that one tells: "In December that year" (that month of the year before), "that
     * year" (the whole year), "the same day" and "that week" (only after a day or a week), "two years later" and "a
     * decade on" (the year so many years after), "three months later" (the month), "five days later" (five days after
     * the period's last), "hours later" (the same day), "the next day", "since then" (to the publication date).
     * Else the claim unchanged.
     */
    private static ExtractedClaim toldTime(
            ExtractedClaim claim,
            List<ExtractedClaim> before,
            List<Integer> paragraphs,
            int index,
            LocalDate publishedOn) {
        String text = claim.text().toLowerCase(Locale.ROOT);
        Matcher atTheTime = AT_THE_TIME.matcher(text);
        if (atTheTime.find()) {
            TimePeriod source = nearestDatedInParagraph(before, paragraphs, index);
            if (source == null) {
                return claim;
            }
            return inherit(
                    claim,
                    (text.length() == claim.text().length() ? claim.text() : text)
                            .substring(atTheTime.start(), atTheTime.end()),
                    source);
        }
        Matcher month = MONTH_OF_THAT_YEAR.matcher(text);
        Matcher reference = TIME_REFERENCE.matcher(text);
        Matcher offset = OFFSET.matcher(text);
        Matcher since = SINCE_THEN.matcher(text);
        Matcher within = WITHIN.matcher(text);
        boolean byMonth = month.find();
        boolean byReference = !byMonth && reference.find();
        boolean byOffset = !byMonth && !byReference && offset.find();
        boolean bySince = !byMonth && !byReference && !byOffset && since.find();
        boolean byWithin = !byMonth && !byReference && !byOffset && !bySince && within.find();
        if (!byMonth && !byReference && !byOffset && !bySince && !byWithin) {
            return claim;
        }
        TimePeriod source = nearestDated(before, index);
        if (source == null) {
            return claim;
        }
        TimePeriod told;
        Matcher words;
        if (byMonth) {
            words = month;
            told = monthOfYear(source, Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)));
        } else if (bySince) {
            words = since;
            told = publishedOn == null || publishedOn.isBefore(source.start())
                    ? null
                    : period(source.start(), publishedOn, DatePrecision.DAY);
        } else if (byWithin) {
            words = within;
            told = days(source) != 1
                    ? null
                    : within.group(1) != null
                            ? source
                            : period(source.end().plusDays(1), source.end().plusDays(1), DatePrecision.DAY);
        } else if (byReference) {
            words = reference;
            String unit = reference.group(1) != null ? reference.group(1) : reference.group(2);
            told = sameTime(source, unit);
        } else {
            words = offset;
            told = counted(source, offset);
        }
        if (told == null) {
            return claim;
        }
        String from = source.inferred() ? source.inferredFrom() : source.text();
        String said = (text.length() == claim.text().length() ? claim.text() : text)
                .substring(words.start(), words.end())
                .replaceFirst("^[,;:\\s]+", "");
        return claim.withTime(new TimePeriod(said, told.start(), told.end(), told.precision(), true, from));
    }

    /**
     * A month or day written without a year in an article without a date ("in May", "on June 16"): the year of the
     * nearest dated claim of the {@value #REACH} before it in its paragraph, when that one is within one year. (Across
     * paragraphs a seed took a backdrop's year, three years off.)
     */
    private static ExtractedClaim yearOfTheAccount(
            ExtractedClaim claim, List<ExtractedClaim> before, List<Integer> paragraphs, int index) {
        TimePeriod own = claim.time();
        if (own.resolved()) {
            return claim;
        }
        Matcher bare = BARE_MONTH.matcher(own.text().toLowerCase(Locale.ROOT));
        if (!bare.matches()) {
            return claim;
        }
        TimePeriod source = null;
        for (int j = index - 1;
                j >= 0 && j >= index - REACH && paragraphs.get(j).equals(paragraphs.get(index));
                j--) {
            TimePeriod time = before.get(j).time();
            if (time != null && time.resolved() && time.start() != null && time.end() != null) {
                source = time;
                break;
            }
        }
        if (source == null || !oneYear(source)) {
            return claim;
        }
        Month month = Month.valueOf(bare.group(1).toUpperCase(Locale.ROOT));
        LocalDate start = LocalDate.of(source.start().getYear(), month, 1);
        TimePeriod told = bare.group(2) == null
                ? period(start, start.plusMonths(1).minusDays(1), DatePrecision.MONTH)
                : period(
                        start.withDayOfMonth(Integer.parseInt(bare.group(2))),
                        start.withDayOfMonth(Integer.parseInt(bare.group(2))),
                        DatePrecision.DAY);
        String from = source.inferred() ? source.inferredFrom() : source.text();
        return claim.withTime(new TimePeriod(own.text(), told.start(), told.end(), told.precision(), true, from));
    }

    /**
     * The one calendar year of an undated article: every period its claims state lies in it, and there are at least
     * two ("agreed in early March 2025 …", "a deficit … for 2025", "in the first half of 2025"); else null.
     */
    private static Integer yearOfTheArticle(List<ExtractedClaim> claims) {
        Integer year = null;
        int dated = 0;
        for (ExtractedClaim claim : claims) {
            TimePeriod time = claim.time();
            if (time == null || !time.resolved() || time.start() == null || time.end() == null) {
                continue;
            }
            if (!oneYear(time) || year != null && year != time.start().getYear()) {
                return null;
            }
            year = time.start().getYear();
            dated++;
        }
        return dated >= 2 ? year : null;
    }

    /**
     * A month, a span of months, a quarter or a season written without a year ("in April", "between October and
     * December", "in the fourth quarter") in an undated article about one year ({@link #yearOfTheArticle}): that year,
     * inferred from the nearest dated claim before it (or the first after it).
     */
    private static ExtractedClaim inTheYearOfTheArticle(
            ExtractedClaim claim, int year, List<ExtractedClaim> before, List<ExtractedClaim> claims, int index) {
        TimePeriod own = claim.time();
        if (own.resolved()
                || !YEARLESS.matcher(own.text().toLowerCase(Locale.ROOT)).find()) {
            return claim;
        }
        TimePeriod source = nearestDated(before, index, Integer.MAX_VALUE);
        for (int k = index + 1; source == null && k < claims.size(); k++) {
            TimePeriod time = claims.get(k).time();
            source = time != null && time.resolved() && time.start() != null ? time : null;
        }
        TimePeriod told = source == null ? null : inYear(claim, own, year);
        if (told == null) {
            return claim;
        }
        String from = source.inferred() ? source.inferredFrom() : source.text();
        return claim.withTime(new TimePeriod(told.text(), told.start(), told.end(), told.precision(), true, from));
    }

    /** A month, quarter or season word, not one a publication date places ("this spring", "next month"). */
    private static final Pattern YEARLESS = Pattern.compile("\\b(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december|quarter|spring|summer|autumn|winter)\\b");

    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "\\b(?:this|last|next|past|coming|ago|since|today|yesterday|tomorrow|week|monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday)\\b");

    private static final TimeTagger TAGGER = new TimeTagger();

    /**
     * The claim's own expression read as if the article were dated in the middle of {@code year}, then moved into that
     * year; null when the reading is not that expression or needs a publication date for more than the year.
     */
    private static TimePeriod inYear(ExtractedClaim claim, TimePeriod own, int year) {
        TimePeriod read = TAGGER.find(claim.text(), LocalDate.of(year, 7, 1));
        if (read == null
                || !read.resolved()
                || read.start() == null
                || !read.text().contains(own.text())
                || RELATIVE_WORD.matcher(read.text().toLowerCase(Locale.ROOT)).find()
                || read.precision() == DatePrecision.YEAR
                || read.precision() == DatePrecision.DECADE) {
            return null;
        }
        int shift = year - read.start().getYear();
        LocalDate start = read.start().plusYears(shift);
        LocalDate end = read.end().plusYears(shift);
        return end.getYear() != year ? null : new TimePeriod(read.text(), start, end, read.precision(), true);
    }

    private static final Pattern BARE_MONTH = Pattern.compile("(?:(?:in|on|by|during|around|through)\\s+)?"
            + "(?:(?:early|mid|late)[\\s-]+)?(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)(?:\\s+(\\d{1,2}))?");

    /** The words one of which a match of each told-time pattern contains ({@link RequiredText}; absent: none known). */
    private static final Map<Pattern, Set<String>> REQUIRED = new HashMap<>();

    static {
        for (Pattern p : List.of(TIME_REFERENCE, SINCE_THEN, OFFSET, WITHIN, MONTH_OF_THAT_YEAR, AT_THE_TIME)) {
            Set<String> required = RequiredText.of(p.pattern());
            if (required != null) {
                REQUIRED.put(p, required);
            }
        }
    }

    /** Whether the claim refers back to or counts from a time, which {@link #toldTime} alone resolves. */
    private static boolean refersToATime(ExtractedClaim claim) {
        return refersToATime(claim.text(), true);
    }

    /** As above, on a sentence; {@code guarded} false runs every pattern whatever words the text has (tests). */
    static boolean refersToATime(String sentence, boolean guarded) {
        String text = sentence.toLowerCase(Locale.ROOT);
        String folded = guarded ? RequiredText.fold(text) : null;
        return found(TIME_REFERENCE, text, folded)
                || found(SINCE_THEN, text, folded)
                || found(OFFSET, text, folded)
                || found(WITHIN, text, folded)
                || found(MONTH_OF_THAT_YEAR, text, folded)
                || found(AT_THE_TIME, text, folded);
    }

    /**
     * {@code pattern.matcher(text).find()}, not run when the {@code folded} text lacks every word a match requires
     * (null: always run).
     */
    private static boolean found(Pattern pattern, String text, String folded) {
        Set<String> required = folded == null ? null : REQUIRED.get(pattern);
        return (required == null || RequiredText.containsAny(folded, required))
                && pattern.matcher(text).find();
    }

    /** Whether the claim's own period is the bare month of "In December that year", which the year before decides. */
    private static boolean namesTheMonthOfThatYear(ExtractedClaim claim) {
        Matcher month = MONTH_OF_THAT_YEAR.matcher(claim.text().toLowerCase(Locale.ROOT));
        return month.find() && claim.time().text().toLowerCase(Locale.ROOT).contains(month.group(1));
    }

    /**
     * The period of the nearest of the {@value #REACH} claims before that has one, when it is in the same paragraph
     * and resolved; else null.
     */
    private static TimePeriod nearestDatedInParagraph(
            List<ExtractedClaim> before, List<Integer> paragraphs, int index) {
        for (int j = index - 1;
                j >= 0 && j >= index - REACH && paragraphs.get(j).equals(paragraphs.get(index));
                j--) {
            TimePeriod time = before.get(j).time();
            if (time != null) {
                return isDated(time) ? time : null;
            }
        }
        return null;
    }

    /** The period of the nearest of the {@value #REACH} claims before, resolved; else null. */
    private static TimePeriod nearestDated(List<ExtractedClaim> before, int index) {
        return nearestDated(before, index, REACH);
    }

    private static TimePeriod nearestDated(List<ExtractedClaim> before, int index, int reach) {
        for (int j = index - 1; j >= 0 && j >= index - reach; j--) {
            TimePeriod time = before.get(j).time();
            if (time != null && isDated(time)) {
                return time;
            }
        }
        return null;
    }

    /** A period resolved to both its ends, and no comparison's "now" ({@link #isNow}). */
    private static boolean isDated(TimePeriod time) {
        return time.resolved() && time.start() != null && time.end() != null && !isNow(time);
    }

    /**
     * A comparison with the past read as the publication year ("the first state visit … since 2013"): the "now" of the
     * comparison, not a time the account told, so nothing counts from it.
     */
    private static boolean isNow(TimePeriod time) {
        return !time.inferred() && time.text().toLowerCase(Locale.ROOT).endsWith(" since");
    }

    private static boolean oneYear(TimePeriod time) {
        return time.precision() != DatePrecision.DECADE
                && time.start().getYear() == time.end().getYear();
    }

    private static boolean oneMonth(TimePeriod time) {
        return oneYear(time) && time.start().getMonth() == time.end().getMonth();
    }

    private static long days(TimePeriod time) {
        return ChronoUnit.DAYS.between(time.start(), time.end()) + 1;
    }

    private static TimePeriod monthOfYear(TimePeriod source, Month month) {
        if (!oneYear(source)) {
            return null;
        }
        LocalDate start = LocalDate.of(source.start().getYear(), month, 1);
        return period(start, start.plusMonths(1).minusDays(1), DatePrecision.MONTH);
    }

    private static TimePeriod year(int year) {
        return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    private static TimePeriod period(LocalDate start, LocalDate end, DatePrecision precision) {
        return new TimePeriod("", start, end, precision, true);
    }

    /** "that year", "the same day", "that week": the source's time at that grain. */
    private static TimePeriod sameTime(TimePeriod source, String unit) {
        return switch (unit) {
            case "year" -> oneYear(source) ? year(source.start().getYear()) : null;
            case "month" ->
                oneMonth(source) ? monthOfYear(source, source.start().getMonth()) : null;
            case "week" -> days(source) <= 7 ? source : null;
            default -> days(source) == 1 ? source : null;
        };
    }

    /** "two years later", "a decade on", "three months later", "five days later", "hours later", "the next day". */
    private static TimePeriod counted(TimePeriod source, Matcher offset) {
        if (offset.group(5) != null || offset.group(6) != null) { // the following month, the year before
            int step = offset.group(5) != null ? 1 : -1;
            String unit = offset.group(5) != null ? offset.group(5) : offset.group(6);
            if (unit.equals("year")) {
                return oneYear(source) ? year(source.start().getYear() + step) : null;
            }
            if (!oneMonth(source) || source.precision() == DatePrecision.YEAR) {
                return null;
            }
            LocalDate start = source.start().withDayOfMonth(1).plusMonths(step);
            return period(start, start.plusMonths(1).minusDays(1), DatePrecision.MONTH);
        }
        if (offset.group(4) != null) { // the next / following day
            return days(source) == 1
                    ? period(source.end().plusDays(1), source.end().plusDays(1), DatePrecision.DAY)
                    : null;
        }
        if (offset.group(3) != null) { // hours / minutes later
            return days(source) == 1 ? source : null;
        }
        int n = count(offset.group(1));
        String unit = offset.group(2);
        if (unit.startsWith("decade")) {
            return oneYear(source) ? year(source.start().getYear() + 10 * n) : null;
        }
        if (unit.startsWith("year")) {
            return oneYear(source) ? year(source.start().getYear() + n) : null;
        }
        if (unit.startsWith("month")) {
            if (!oneMonth(source) || source.precision() == DatePrecision.YEAR) {
                return null;
            }
            LocalDate start = source.start().withDayOfMonth(1).plusMonths(n);
            return period(start, start.plusMonths(1).minusDays(1), DatePrecision.MONTH);
        }
        boolean dated = source.precision() == DatePrecision.DAY && days(source) <= ACCOUNT_DAYS;
        return dated ? period(source.end().plusDays(n), source.end().plusDays(n), DatePrecision.DAY) : null;
    }

    private static int count(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(word);
        };
    }

    /**
     * The news lead's period: the first stated time of the article, when it is in one of its first {@value #LEAD_CLAIMS}
     * claims (a caption may come first) and a day or two long; else null.
     */
    private static TimePeriod lead(List<ExtractedClaim> claims) {
        for (int i = 0; i < claims.size() && i < LEAD_CLAIMS; i++) {
            TimePeriod time = claims.get(i).time();
            if (time != null) {
                return isAccount(time, LEAD_DAYS) ? time : null;
            }
        }
        return null;
    }

    /** A period of fewer than {@code days} days: the grain of a news account. */
    private static boolean isAccount(TimePeriod time, int days) {
        return time != null
                && time.resolved()
                && time.start() != null
                && time.end() != null
                && ChronoUnit.DAYS.between(time.start(), time.end()) < days;
    }

    private static ExtractedClaim continuingTheAccount(
            ExtractedClaim claim, List<ExtractedClaim> before, List<Integer> paragraphs, int index, TimePeriod lead) {
        if (claim.kind() != ClaimKind.FACT || !toldInThePast(claim.text())) {
            return claim;
        }
        for (int j = index - 1; j >= 0 && j >= index - REACH; j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null) {
                continue;
            }
            if (time.inferred() && ENTRY_DAY.equals(time.inferredFrom())) {
                return claim; // an entry of a live blog: only its first claim is dated by the blog's day
            }
            if (time.inferred() && DOCUMENT_SUBJECT.matcher(source.text()).find()) {
                return claim; // what a document says is no step of the meeting's account
            }
            boolean sameParagraph = paragraphs.get(j).equals(paragraphs.get(index));
            boolean ofTheLead = lead != null
                    && (time == lead || time.inferred() && lead.text().equals(time.inferredFrom()));
            boolean account = isAccount(time, ACCOUNT_DAYS) && (sameParagraph || ofTheLead) && sameEvent(claim, source);
            return account ? inherit(claim, null, time) : claim;
        }
        return claim;
    }

    /**
     * Whether a fact is told in the past once its participles are set aside: "The line is designed to carry 50 bcm"
     * and "Most are barred from entering the bloc" (a present passive) or "a quota of 99,000 tonnes, phased in over
     * five years" (a participle after a comma) describe a state, not a step of the account.
     */
    static boolean toldInThePast(String sentence) {
        return Tense.of(PARTICIPLE.matcher(sentence).replaceAll(" ")) == Tense.PAST
                && !REPORTED_OUTLOOK.matcher(sentence).find()
                && !AN_AGE.matcher(sentence).find();
    }

    /** Someone's age, a state and no step of the account: "He was 88.", "She was 66, and still teaching." */
    private static final Pattern AN_AGE = Pattern.compile(
            "^(?:He|She|They|\\p{Lu}\\p{Ll}+)\\s+(?:was|were)\\s+(?:aged\\s+)?\\d{1,3}(?:\\s+years\\s+old)?\\s*[.,;]");

    /**
     * Someone's words about what would come or what is ("Officials said the fund would start with $250 million",
     * "The operator warned that flows could drop"): an outlook or an assessment, not a step of the account.
     */
    private static final Pattern REPORTED_OUTLOOK = Pattern.compile(
            "\\b(?:said|says|warned|added|told\\s+\\S+)" + "\\s+(?:that\\s+)?[^,;:]{0,60}?\\b(?:would|could|might)\\b");

    /**
     * A present passive ("is designed", "are now barred"), a present perfect ("has offered to host talks", a state
     * of things now) or a participle and its preposition after a comma (",
     * phased in", ", escorted by"; not ", reached the port", the verb after a parenthesis).
     */
    private static final Pattern PARTICIPLE =
            Pattern.compile("\\b(?:is|are|be|remains?|has|have)\\s+(?:\\p{Ll}+ly\\s+|now\\s+|still\\s+|also\\s+"
                    + "|not\\s+|already\\s+|since\\s+)?\\p{Ll}+ed\\b"
                    + "|,\\s*\\p{Ll}+ed\\s+(?=(?:in|on|by|over|at|from|with|for|as|under)\\b)");

    /**
     * The claim names an event and no time; the first claim after it that states a time, one of the next {@value
     * #FORWARD} in the same paragraph, refers back to that event ("this deal") and so dates it.
     */
    private static ExtractedClaim referredToNext(
            ExtractedClaim claim, List<ExtractedClaim> claims, List<Integer> paragraphs, int index) {
        if (claim.eventType() == null) {
            return claim;
        }
        for (int k = index + 1;
                k < claims.size() && k <= index + FORWARD && paragraphs.get(k).equals(paragraphs.get(index));
                k++) {
            ExtractedClaim next = claims.get(k);
            TimePeriod time = next.time();
            if (time == null) {
                continue;
            }
            Matcher reference = BACK_REFERENCE.matcher(next.text().toLowerCase(Locale.ROOT));
            boolean dates = time.resolved()
                    && time.start() != null
                    && reference.find()
                    && !TIME_WORD.matcher(reference.group()).find()
                    && claim.eventType().equals(next.eventType());
            return dates ? inherit(claim, null, time) : claim;
        }
        return claim;
    }

    private static ExtractedClaim referringBack(ExtractedClaim claim, List<ExtractedClaim> before, int index) {
        Matcher reference = BACK_REFERENCE.matcher(claim.text().toLowerCase(Locale.ROOT));
        if (!reference.find()) {
            return claim;
        }
        for (int j = index - 1; j >= 0 && j >= index - REACH; j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null || !time.resolved() || time.start() == null) {
                continue;
            }
            return sameEvent(claim, source) ? inherit(claim, reference.group(), time) : claim;
        }
        return claim;
    }

    /** What a market report's move is inferred from. */
    static final String DAYS_TRADING = "the day's trading";

    /**
     * A market report's move told in the past with no time of its own ("Brent crude edged up to $79 a barrel", "The
     * rouble was little changed at 81.4 per dollar in Moscow trading", "wheat closed down €1.75 at €189.50"): the
     * trading day the report is dated, its publication date. Else the claim unchanged.
     */
    private static ExtractedClaim theDaysTrading(ExtractedClaim claim, LocalDate publishedOn) {
        if (publishedOn == null
                || claim.kind() != ClaimKind.FACT
                || !MARKET_MOVE.matcher(claim.text()).find()
                || !toldInThePast(claim.text())) {
            return claim;
        }
        return claim.withTime(
                new TimePeriod(DAYS_TRADING, publishedOn, publishedOn, DatePrecision.DAY, true, DAYS_TRADING));
    }

    /**
     * A day's move of a price or an index: "closed down", "settled at", "edged up", "eased 4 cents", "shed 1.1%", "was
     * little changed", "flat on the day", "in early trading".
     */
    private static final Pattern MARKET_MOVE = Pattern.compile(
            "\\b(?:closed|settled|finished)\\s+(?:the\\s+day\\s+)?(?:up|down|at|higher|lower|flat|unchanged)\\b"
                    + "|\\b(?:edged|inched|ticked)\\s+(?:up|down|higher|lower)\\b"
                    + "|\\b(?:eased|shed|slipped|dipped)\\s+(?:about\\s+|some\\s+)?[\\d$€£]"
                    + "|\\b(?:was|were)\\s+little\\s+changed\\b|\\bflat\\s+on\\s+the\\s+day\\b"
                    + "|\\bin\\s+(?:early\\s+|late\\s+|morning\\s+|afternoon\\s+|\\p{Lu}\\p{L}+\\s+)?trading\\b");

    /**
     * A sentence about what a document says, the document its subject ("The communiqué said …", "The joint
     * statement pledges …", "The declaration again promised …"), told after the claim that dates its issue ("wrapped
     * up a two-day summit on Tuesday with a joint communiqué", "signed a joint statement on Thursday"): the period of
     * the nearest earlier claim that names a statement, communiqué, declaration or document and states its own time,
     * when that time is a few days, the grain of a meeting (a year or a month there is a backdrop, and an older
     * document named nearer blocks it). Else the claim unchanged.
     */
    private static ExtractedClaim ofTheDocumentIssued(ExtractedClaim claim, List<ExtractedClaim> before, int index) {
        Matcher subject = DOCUMENT_SUBJECT.matcher(claim.text());
        if (!subject.find()) {
            return claim;
        }
        for (int j = index - 1; j >= 0; j--) {
            ExtractedClaim source = before.get(j);
            TimePeriod time = source.time();
            if (time == null
                    || time.inferred()
                    || !DOCUMENT.matcher(source.text()).find()) {
                continue;
            }
            return isAccount(time, ACCOUNT_DAYS) ? inherit(claim, subject.group(), time) : claim;
        }
        return claim;
    }

    /** A document as the subject opening the sentence: "The communiqué said", "The joint statement pledges". */
    private static final Pattern DOCUMENT_SUBJECT = Pattern.compile(
            "^(?:The|Its)\\s+(?:joint\\s+|final\\s+|closing\\s+)?(communiqué|communique|declaration|statement|document)\\b"
                    + "(?!\\s+(?:of|on|by|from|that)\\b)");

    /** A document a meeting issues, named in a claim. */
    private static final Pattern DOCUMENT =
            Pattern.compile("(?i)\\b(?:communiqué|communique|declaration|statement|document)s?\\b");

    /**
     * Never across two event types: the deal's year is not the exercise's. But a deal signed at a summit or during a
     * visit is part of its account ("wrapped up a state visit on Wednesday. The two leaders signed a joint statement").
     */
    private static boolean sameEvent(ExtractedClaim claim, ExtractedClaim source) {
        return claim.eventType() == null
                || source.eventType() == null
                || claim.eventType().equals(source.eventType())
                || claim.eventType().equals("deal") && MEETINGS.contains(source.eventType());
    }

    /** The event types during which deals are signed. */
    private static final Set<String> MEETINGS = Set.of("visit", "summit");

    /**
     * The claim with the source's period, marked inferred from the source's own expression (or what that one was
     * inferred from); {@code text} is the claim's words that refer back, or null to use that expression too.
     */
    private static ExtractedClaim inherit(ExtractedClaim claim, String text, TimePeriod time) {
        String from = time.inferred() ? time.inferredFrom() : time.text();
        return claim.withTime(
                new TimePeriod(text != null ? text : from, time.start(), time.end(), time.precision(), true, from));
    }
}
