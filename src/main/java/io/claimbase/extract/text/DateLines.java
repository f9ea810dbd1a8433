package io.claimbase.extract.text;

import io.claimbase.extract.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that states a date and nothing else (a dateline): "9 January 2019", "September 12, 2018",
 * "Published: Jan. 9, 2019 10:30 am", "2019-01-09", "June 2021". Dates inside prose are not datelines.
 */
public final class DateLines {

    /** A date as stated, with how precisely it is stated. */
    public record StatedDate(LocalDate date, DatePrecision precision) {}

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String PREFIX =
            "^(?:(?:published|updated|posted|broadcast|aired|date|(?:\\p{L}+\\s+)?published"
                    + "|last updated)"
                    + "(?:\\s+on)?\\s*:?\\s*)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                    + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?";
    private static final String SUFFIX = "(?:\\s*(?:,|at|-|–|\\|)?\\s*\\d{1,2}[:.]\\d{2}"
            + "\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*[a-z]{2,4})?)?\\s*$";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(PREFIX + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + SUFFIX, FLAGS);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + SUFFIX, FLAGS);
    private static final Pattern ISO = Pattern.compile(PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})" + SUFFIX, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(PREFIX + MONTH + ",?\\s+(\\d{4})\\s*$", FLAGS);
    /** Day first, with dots, as European pages print it: "05.06.2025". */
    private static final Pattern DOTTED =
            Pattern.compile(PREFIX + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + SUFFIX, FLAGS);
    /** What sets a date apart from the rest of a furniture line: "By X · 5 December 2024 · 6 min read". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·|•—]\\s+");
    /**
     * A place before the date on a dateline of its own, with its country or region or not: "BERLIN, 30 November 2022",
     * "Brussels, 21 October 2025", "BLAGOVESHCHENSK, Russia, 18 September 2024".
     */
    private static final Pattern PLACE =
            Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,30},\\s+(?:\\p{Lu}[\\p{L}.'’ -]{1,30},\\s+)?(?=\\S)");
    /**
     * Who posted it, after the date: "Posted on 3 March 2025 by Ilse Varga", or by a blog handle ("… by mtollefsen",
     * "… by @ilse_v").
     */
    private static final Pattern BY_NAME =
            Pattern.compile("\\s+by\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}.'’ -]{1,60}|@?\\p{Ll}[\\p{Ll}\\d_.]{2,30})$");
    /**
     * Who prepared it, before the date and a comma: "Prepared by the research team of the Harbour Institute, 3 March
     * 2025".
     */
    private static final Pattern PREPARED_BY = Pattern.compile(
            "^(?i:prepared|compiled|written|published|issued|posted|edited)\\s+by\\s+[^,;:|\\d]{2,100},\\s+(?=\\S)");
    /** Who posted it, before the date: "Posted by Ilse Varga on 3 March 2025". */
    private static final Pattern POSTED_BY = Pattern.compile(
            "^(?i:posted|published|written|filed)\\s+by\\s+\\p{Lu}[\\p{L}.'’ -]{1,60}?\\s+on\\s+(?=\\S)");
    /** A part of a furniture line that says it publishes the date: "Summary published 15 October 2025". */
    private static final Pattern PUBLISHED_PART = Pattern.compile("^(?:\\p{L}+\\s+)?published\\b", FLAGS);

    /** A day of a month without a year, as a year-less wire dateline prints it: "14 October", "Feb 10". */
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})\\s+" + MONTH + "$", FLAGS);

    private static final Pattern MONTH_DAY = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})$", FLAGS);

    /** A copyright notice with its year: "© 2025 Meridian Wire. All rights reserved.", "© Asia Wire 2025". */
    private static final Pattern COPYRIGHT =
            Pattern.compile("^(?:©|\\(c\\)|copyright\\s*©?)\\s*(?:[^\\d\\n]{1,60}?\\s)?((?:19|20)\\d{2})\\b", FLAGS);

    /** A sentence of a furniture line that publishes the date: "… delivered in Riga on Friday. Published 3 May 2024." */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private static final Pattern PUBLISHED_SENTENCE =
            Pattern.compile("^(?i:published|updated|posted|first published|last updated)\\b[^.!?]*\\.?$");

    private static final int MAX_FURNITURE_LENGTH = 140;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final int MAX_LENGTH = 60;

    private DateLines() {}

    /**
     * The date a furniture line states among other parts: "By Ines Vardakis · 5 December 2024 · 6 min read",
     * "Meridian Wire | Asia | Tuesday 27 May 2025, 14:06 GMT", "Posted on 3 March 2025 by Ilse Varga",
     * "BERLIN, 30 November 2022", "Arctic | 05.06.2025". One part must be a date and nothing else, so a sentence
     * that mentions a date is never one.
     */
    public static Optional<StatedDate> find(String line) {
        Optional<StatedDate> whole = parse(line);
        if (whole.isPresent() || line.length() > MAX_FURNITURE_LENGTH) {
            return whole;
        }
        Optional<StatedDate> first = Optional.empty();
        for (String part : SEPARATOR.split(line.strip())) {
            String date = POSTED_BY
                    .matcher(BY_NAME.matcher(PLACE.matcher(
                                            PREPARED_BY.matcher(part.strip()).replaceFirst(""))
                                    .replaceFirst(""))
                            .replaceFirst(""))
                    .replaceFirst("");
            Optional<StatedDate> stated = parse(date);
            if (stated.isPresent() && PUBLISHED_PART.matcher(part.strip()).find()) {
                return stated; // "Roundtable, 9 October 2025 | Summary published 15 October 2025": the publication
            }
            if (first.isEmpty()) {
                first = stated;
            }
        }
        return first.isPresent() ? first : publishedSentence(line);
    }

    /** The last sentence of a short line, when it only publishes the date: "Published 25 November 2024." */
    private static Optional<StatedDate> publishedSentence(String line) {
        String[] sentences = SENTENCE_BREAK.split(line.strip());
        if (sentences.length < 2) {
            return Optional.empty();
        }
        String last = sentences[sentences.length - 1];
        if (!PUBLISHED_SENTENCE.matcher(last).matches()) {
            return Optional.empty();
        }
        return parse(last.endsWith(".") ? last.substring(0, last.length() - 1) : last);
    }

    /** The day and month of a date written without a year ("14 October", "Feb 10"); empty for anything else. */
    public static Optional<MonthDay> dayOfMonth(String text) {
        String t = text.strip();
        Matcher m = DAY_MONTH.matcher(t);
        boolean dayFirst = m.matches();
        if (!dayFirst) {
            m = MONTH_DAY.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(
                    MonthDay.of(month(m.group(dayFirst ? 2 : 1)), Integer.parseInt(m.group(dayFirst ? 1 : 2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The year of a copyright line ("© 2025 Meridian Wire. All rights reserved."), or empty. */
    public static OptionalInt copyrightYear(String line) {
        String t = line.strip();
        if (t.length() > MAX_FURNITURE_LENGTH) {
            return OptionalInt.empty();
        }
        Matcher m = COPYRIGHT.matcher(t);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    public static Optional<StatedDate> parse(String line) {
        if (line.length() > MAX_LENGTH || line.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1), DatePrecision.DAY);
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2), DatePrecision.DAY);
        }
        m = ISO.matcher(line);
        if (m.matches()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), DatePrecision.DAY);
        }
        m = DOTTED.matcher(line);
        if (m.matches()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1), DatePrecision.DAY);
        }
        m = MONTH_YEAR.matcher(line);
        if (m.matches()) {
            return date(m.group(2), month(m.group(1)), "1", DatePrecision.MONTH);
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Optional<StatedDate> date(String year, int month, String day, DatePrecision precision) {
        try {
            return Optional.of(
                    new StatedDate(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), precision));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
