package io.claimbase.extract.tag;

import io.claimbase.extract.Figure;
import io.claimbase.extract.Span;
import io.claimbase.extract.text.Tokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a sentence cites and normalises them:
 * <ul>
 * <li>money: a currency sign or code before the number ("$6.86 billion", "€3bn", "RMB 10 billion", "US$5m") or a
 * currency word after it ("400 billion dollars", "95 billion USD", "10 billion yuan"); value fully scaled, ISO
 * currency code;</li>
 * <li>percentages: "90 percent", "25%", "25 per cent"; "percentage points" get unit {@code pp};</li>
 * <li>quantities with a unit: "38 billion cubic meters" (m3), "bcm", "1 million barrels per day" (bbl/d), barrels,
 * tonnes, kilometres, miles ("2600-mile border"), watts, kilowatt-hours;</li>
 * <li>counts: a number followed by a plural noun, perhaps after up to three modifiers ("755 people", "3,500
 * troops", "about 100 states", "3.6 million Syrian refugees", "27 more Chinese firms", "40 aircraft"); how many
 * times something happened ("met more than 40 times"); a hyphenated count ("a 21-gun salute"); the unit is the
 * noun;</li>
 * <li>durations ("72 hours", "a 25-minute address", "eleven years") and measures of area, mass and length.</li>
 * </ul>
 * Spelled-out numbers count from ten up. Not figures: years (1800–2099 written without separators are never counts),
 * dates, ordinals, multipliers ("ten times the size"), model names ("S-400", "G20", "Power of Siberia 2"), clock
 * times, vague amounts ("hundreds of", "tens of billions") and "20 years ago".
 */
final class FigureTagger {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String WORD_NUMBER = "(a|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String SCALE = "(thousand|million|billion|trillion|mln|bln|trn|bn|mn|tn|[mbk])";
    /** Not inside another number or a name ("S-400"), nor a fraction of a scale ("half a million"). */
    private static final String NOT_AFTER = "(?<![\\w.,$\u20ac\u00a3\u00a5:/#+-])(?<!\\bhalf\\s)";

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("mln", BigDecimal.TEN.pow(6)),
            Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("billion", BigDecimal.TEN.pow(9)),
            Map.entry("bln", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)),
            Map.entry("trn", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)));
    /** Currency signs and codes written before the number, longest first. */
    private static final Map<String, String> PREFIX_CURRENCIES = Map.ofEntries(
            Map.entry("us$", "USD"),
            Map.entry("$", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"),
            Map.entry("hk$", "HKD"),
            Map.entry("\u20ac", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("\u00a3", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("\u00a5", "JPY"),
            Map.entry("jpy", "JPY"),
            Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"),
            Map.entry("\u20bd", "RUB"),
            Map.entry("rub", "RUB"),
            Map.entry("\u20b9", "INR"),
            Map.entry("inr", "INR"),
            Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"),
            Map.entry("chf", "CHF"),
            Map.entry("\u20ba", "TRY"));
    /** Currency words and codes written after the number. */
    private static final Map<String, String> SUFFIX_CURRENCIES = Map.ofEntries(
            Map.entry("dollars", "USD"),
            Map.entry("us dollars", "USD"),
            Map.entry("u.s. dollars", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("pounds sterling", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"),
            Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"),
            Map.entry("rub", "RUB"),
            Map.entry("rupees", "INR"),
            Map.entry("inr", "INR"),
            Map.entry("yen", "JPY"),
            Map.entry("jpy", "JPY"),
            Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"),
            Map.entry("riyals", "SAR"),
            Map.entry("dirhams", "AED"),
            Map.entry("swiss francs", "CHF"),
            Map.entry("chf", "CHF"),
            Map.entry("rand", "ZAR"),
            Map.entry("reais", "BRL"),
            Map.entry("hryvnias", "UAH"),
            Map.entry("hryvnia", "UAH"),
            Map.entry("tenge", "KZT"),
            Map.entry("rials", "IRR"),
            Map.entry("norwegian kroner", "NOK"),
            Map.entry("danish kroner", "DKK"),
            Map.entry("kroner", "DKK"),
            Map.entry("swedish kronor", "SEK"),
            Map.entry("kronor", "SEK"));

    /** Unit words (lowercase, spaces collapsed) to a unit code and an extra factor. */
    private record Unit(String code, BigDecimal factor) {}

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("cubic meters", new Unit("m3", BigDecimal.ONE)),
            Map.entry("cubic metres", new Unit("m3", BigDecimal.ONE)),
            Map.entry("cubic meter", new Unit("m3", BigDecimal.ONE)),
            Map.entry("cubic metre", new Unit("m3", BigDecimal.ONE)),
            Map.entry("bcm", new Unit("m3", BigDecimal.TEN.pow(9))),
            Map.entry("tcm", new Unit("m3", BigDecimal.TEN.pow(12))),
            Map.entry("cubic feet", new Unit("ft3", BigDecimal.ONE)),
            Map.entry("barrels per day", new Unit("barrels per day", BigDecimal.ONE)),
            Map.entry("barrels a day", new Unit("barrels per day", BigDecimal.ONE)),
            Map.entry("bpd", new Unit("barrels per day", BigDecimal.ONE)),
            Map.entry("b/d", new Unit("barrels per day", BigDecimal.ONE)),
            Map.entry("barrels", new Unit("barrels", BigDecimal.ONE)),
            Map.entry("barrel", new Unit("barrels", BigDecimal.ONE)),
            Map.entry("tonnes", new Unit("tonnes", BigDecimal.ONE)),
            Map.entry("tonne", new Unit("tonnes", BigDecimal.ONE)),
            Map.entry("tons", new Unit("tonnes", BigDecimal.ONE)),
            Map.entry("ton", new Unit("tonnes", BigDecimal.ONE)),
            Map.entry("metric tons", new Unit("tonnes", BigDecimal.ONE)),
            Map.entry("square kilometers", new Unit("km2", BigDecimal.ONE)),
            Map.entry("square kilometres", new Unit("km2", BigDecimal.ONE)),
            Map.entry("kilometers", new Unit("km", BigDecimal.ONE)),
            Map.entry("kilometres", new Unit("km", BigDecimal.ONE)),
            Map.entry("kilometer", new Unit("km", BigDecimal.ONE)),
            Map.entry("kilometre", new Unit("km", BigDecimal.ONE)),
            Map.entry("km", new Unit("km", BigDecimal.ONE)),
            Map.entry("miles", new Unit("miles", BigDecimal.ONE)),
            Map.entry("mile", new Unit("miles", BigDecimal.ONE)),
            Map.entry("megawatts", new Unit("MW", BigDecimal.ONE)),
            Map.entry("mw", new Unit("MW", BigDecimal.ONE)),
            Map.entry("gigawatts", new Unit("GW", BigDecimal.ONE)),
            Map.entry("gw", new Unit("GW", BigDecimal.ONE)),
            Map.entry("kilowatt hours", new Unit("kWh", BigDecimal.ONE)),
            Map.entry("kwh", new Unit("kWh", BigDecimal.ONE)),
            Map.entry("terawatt hours", new Unit("TWh", BigDecimal.ONE)),
            Map.entry("twh", new Unit("TWh", BigDecimal.ONE)),
            Map.entry("years", new Unit("years", BigDecimal.ONE)),
            Map.entry("year", new Unit("years", BigDecimal.ONE)),
            Map.entry("months", new Unit("months", BigDecimal.ONE)),
            Map.entry("month", new Unit("months", BigDecimal.ONE)),
            Map.entry("decades", new Unit("decades", BigDecimal.ONE)),
            Map.entry("decade", new Unit("decades", BigDecimal.ONE)),
            Map.entry("weeks", new Unit("weeks", BigDecimal.ONE)),
            Map.entry("week", new Unit("weeks", BigDecimal.ONE)),
            Map.entry("days", new Unit("days", BigDecimal.ONE)),
            Map.entry("day", new Unit("days", BigDecimal.ONE)),
            Map.entry("hours", new Unit("hours", BigDecimal.ONE)),
            Map.entry("hour", new Unit("hours", BigDecimal.ONE)),
            Map.entry("minutes", new Unit("minutes", BigDecimal.ONE)),
            Map.entry("minute", new Unit("minutes", BigDecimal.ONE)),
            Map.entry("seconds", new Unit("seconds", BigDecimal.ONE)),
            Map.entry("second", new Unit("seconds", BigDecimal.ONE)),
            Map.entry("hectares", new Unit("ha", BigDecimal.ONE)),
            Map.entry("hectare", new Unit("ha", BigDecimal.ONE)),
            Map.entry("kilograms", new Unit("kg", BigDecimal.ONE)),
            Map.entry("kilogram", new Unit("kg", BigDecimal.ONE)),
            Map.entry("kg", new Unit("kg", BigDecimal.ONE)),
            Map.entry("millimetres", new Unit("mm", BigDecimal.ONE)),
            Map.entry("millimetre", new Unit("mm", BigDecimal.ONE)),
            Map.entry("millimeters", new Unit("mm", BigDecimal.ONE)),
            Map.entry("millimeter", new Unit("mm", BigDecimal.ONE)),
            Map.entry("mm", new Unit("mm", BigDecimal.ONE)),
            Map.entry("nautical miles", new Unit("nautical miles", BigDecimal.ONE)),
            Map.entry("mtpa", new Unit("tonnes per year", BigDecimal.TEN.pow(6))),
            Map.entry("words", new Unit("words", BigDecimal.ONE)));

    /** Plural nouns after a number that are not counted things. */
    private static final Set<String> NOT_COUNTED = Set.of(
            "years",
            "months",
            "weeks",
            "days",
            "hours",
            "minutes",
            "seconds",
            "decades",
            "centuries",
            "times",
            "percent",
            "points",
            "levels",
            "was",
            "is",
            "has",
            "as",
            "its",
            "this",
            "thus",
            "plus",
            "versus",
            "less",
            "gas",
            "news",
            "series",
            "species",
            "whereas",
            "yes",
            "does",
            "goes");

    /** A price per unit after money: "$94 a barrel". */
    private static final String PER_UNIT = "(?:\\s+(?:a|per)\\s+(barrel|tonne|ton|share|head|month|year|day)\\b)?";

    /**
     * Durations shorter than a month and measures of area, mass, length and text ("72 hours", "a 25-minute address",
     * "1,000 hectares", "400 kilograms", "a 130-millimetre gun", "77 mtpa", "a statement of 7,000 words").
     */
    private static final String MEASURES = "weeks?|days?|hours?|minutes?|seconds?|hectares?|kilograms?|kg|"
            + "millimet(?:er|re)s?|mm|nautical\\s+miles|mtpa|words";

    private static final String AMOUNT =
            "(?:" + NUMBER + "|" + WORD_NUMBER + "(?=\\s+" + SCALE + "\\b))" + "(?:\\s?" + SCALE + "\\b)?";
    private static final Pattern MONEY_PREFIX = Pattern.compile("(?i)" + NOT_AFTER
            + "(US\\$|HK\\$|A\\$|C\\$|\\$|\u20ac|\u00a3|\u00a5|\u20bd|\u20b9|\u20ba|"
            + "USD|EUR|GBP|JPY|RMB|CNY|RUB|INR|CHF|Rs\\.?)\\s?" + NUMBER + "(?:\\s?" + SCALE + "\\b)?" + PER_UNIT);
    private static final Pattern MONEY_SUFFIX = Pattern.compile("(?i)" + NOT_AFTER + AMOUNT
            + "\\s+(U\\.?S\\.?\\s+dollars|pounds\\s+sterling|swiss\\s+francs|norwegian\\s+kroner|danish\\s+kroner|"
            + "swedish\\s+kronor|dollars|USD|euros?|EUR|sterling|GBP|"
            + "yuan|renminbi|RMB|CNY|rubles|roubles|RUB|rupees|INR|yen|JPY|liras?|riyals|dirhams|CHF|rand|reais|"
            + "hryvnias?|tenge|rials|kroner|kronor)\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "(?i)" + NOT_AFTER + NUMBER + "\\s?(%|percent\\b|per\\s+cent\\b|pct\\b|percentage\\s+points?\\b)");
    private static final Pattern QUANTITY = Pattern.compile("(?i)" + NOT_AFTER + AMOUNT
            + "[\\s-]?(cubic\\s+met(?:er|re)s?|cubic\\s+feet|bcm|tcm|barrels\\s+(?:per|a)\\s+day|bpd|b/d|barrels?|"
            + "metric\\s+tons|tonnes?|tons?|square\\s+kilomet(?:er|re)s|kilomet(?:er|re)s?|km|miles?|megawatts|MW|"
            + "gigawatts|GW|kilowatt[\\s-]hours|kWh|terawatt[\\s-]hours|TWh|" + MEASURES + "|"
            + "(?:years?|months?|decades?)(?!\\s+(?:ago|old|earlier|later|before|after)))\\b");
    /** A number, an optional capitalised adjective ("Syrian"), and a plural noun ("refugees", "Palestinians"). */
    private static final String NOUN =
            "(?:[A-Z][a-z]+\\s+)?" + "(people|personnel|children|staff|police|[A-Za-z][a-z]*(?:s|men))";

    /**
     * A word between a number and the noun it counts ("27 more Chinese firms", "100 fake news sites", "20 F-35
     * stealth fighters"): not a function word, so that the noun belongs to the number.
     */
    private static final String MODIFIER = "(?:(?!(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|than|that|"
            + "which|who|per|as|is|are|was|were|be|been|has|have|had|its|their|his|her|our|this|these|those|it|they|we|"
            + "he|she|would|will|could|can|may|might|should|must|did|do|does|not|no|over|under|into|about|some|each|"
            + "between|among|across|since|until|after|before|during|while|when|where|if|so|all|both|last|next|ago|"
            + "years|months|weeks|days|hours|minutes|seconds|decades|centuries|times|percent|points)\\b)"
            + "\\p{L}[\\p{L}\\d’'-]*\\s+)";

    /** A counted noun after the fewest modifiers (at most three) that reach one; "aircraft" and "memoranda" are
     * plural without an s.
     */
    private static final String COUNTED_NOUN = MODIFIER + "{0,3}?" + "(?!(?:" + String.join("|", NOT_COUNTED)
            + ")\\b)(?!\\p{L}*(?:ss|us|is)\\b)"
            + "(people|personnel|children|staff|police|aircraft|memoranda|\\p{L}\\p{Ll}*(?:s|men))";

    private static final Pattern COUNT = Pattern.compile(NOT_AFTER + "(?i:" + AMOUNT + ")\\s+" + COUNTED_NOUN + "\\b");

    /** Spelled-out cardinals of ten or more ("eleven", "forty", "twenty-one"); smaller ones are no figures. */
    private static final String SPELLED = "(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](one|two|three|four|five|six|"
            + "seven|eight|nine)\\b)?";

    /** A spelled-out duration of ten or more: "eleven years", "ten days", "eighteen months", "twenty days before";
     * not a period ("the past twelve months", "the first ten months of the year").
     */
    private static final Pattern WORD_DURATION =
            Pattern.compile("(?i)(?<!(?:first|past|last|next|coming|previous|recent)\\s)\\b"
                    + SPELLED + "[\\s-](weeks?|days?|hours?|"
                    + "minutes?|(?:years?|months?|decades?)(?!\\s+(?:ago|old|earlier|later|before|after)))\\b");

    /**
     * How many times something happened: "met more than 40 times", "shared 30,000 times", "forty times"; not a
     * multiplier ("ten times the size", "three times as large", "five times higher").
     */
    private static final String NO_MULTIPLIER = "\\s+times\\b(?!\\s+(?:the|as|what|that|more|less|over|\\p{L}+er)\\b)";

    private static final Pattern TIMES = Pattern.compile(NOT_AFTER + "(?i:" + AMOUNT + ")" + NO_MULTIPLIER);
    private static final Pattern WORD_TIMES = Pattern.compile("(?i)\\b" + SPELLED + NO_MULTIPLIER);

    /** Whose part a partitive names: "63 of the 101 seats", "eleven of the council's 15 members". */
    private static final String PARTITIVE_OF = "\\s+of\\s+(?:the|its|their|these|those|\\p{L}+['’]s)\\s";

    /** A part of a counted whole, in digits or spelled out from ten: "63 of the 101 seats", "ten of their ships". */
    private static final Pattern PARTITIVE =
            Pattern.compile("(?<!\\b(?:article|section|paragraph|chapter|clause|point|item|page|part|annex|phase|"
                    + "stage|round|number|no\\.?)\\s)" + NOT_AFTER + "(?i:" + AMOUNT + ")(?=" + PARTITIVE_OF + ")");

    private static final Pattern WORD_PARTITIVE = Pattern.compile("(?i)\\b" + SPELLED + "(?=" + PARTITIVE_OF + ")");

    /** A count written as one hyphenated modifier: "a 21-gun salute", "a 31-page declaration", "a 5,000-strong force". */
    private static final Pattern HYPHENATED_COUNT = Pattern.compile(NOT_AFTER + NUMBER
            + "-(?!(?:year|month|decade|old|degree|odd|plus|something|percent|per)\\b)(\\p{Ll}+)(?=\\s+\\p{Ll})");

    /** Words that let a sentence cite a figure without a digit. */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "thousand",
            "million",
            "billion",
            "trillion",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety");

    /** A spelled-out count of ten or more ("fifty-eight agreements", "eleven memoranda"); smaller ones are no figures. */
    private static final Pattern WORD_COUNT = Pattern.compile("\\b(?i:" + SPELLED + ")\\s+" + COUNTED_NOUN + "\\b");

    /** The figures of a sentence, spans shifted by {@code offset}, in reading order. */
    List<Figure> find(String sentence, int offset) {
        return find(sentence, Tokens.of(sentence), offset);
    }

    /** As {@link #find(String, int)}; skips the patterns at once when no token is a number or a scale word. */
    List<Figure> find(String sentence, Tokens tokens, int offset) {
        if (!hasNumber(tokens)) {
            return List.of();
        }
        String text = Tokens.spaced(sentence);
        List<Figure> found = new ArrayList<>();
        collect(MONEY_PREFIX.matcher(text), offset, found, this::moneyPrefix);
        collect(MONEY_SUFFIX.matcher(text), offset, found, this::moneySuffix);
        collect(QUANTITY.matcher(text), offset, found, this::quantity);
        collect(WORD_DURATION.matcher(text), offset, found, this::wordDuration);
        collect(PERCENT.matcher(text), offset, found, this::percent);
        collect(TIMES.matcher(text), offset, found, this::times);
        collect(WORD_TIMES.matcher(text), offset, found, this::wordTimes);
        collect(COUNT.matcher(text), offset, found, this::count);
        collect(WORD_COUNT.matcher(text), offset, found, this::wordCount);
        collect(HYPHENATED_COUNT.matcher(text), offset, found, this::hyphenatedCount);
        collect(PARTITIVE.matcher(text), offset, found, this::partitive);
        collect(WORD_PARTITIVE.matcher(text), offset, found, this::wordPartitive);
        found.removeIf(
                f -> f.kind() == Figure.Kind.COUNT && inName(text, f.span().start() - offset));
        found.sort(Comparator.comparingInt((Figure f) -> f.span().start()));
        if (text != sentence) {
            found.replaceAll(f -> new Figure(
                    f.kind(),
                    sentence.substring(f.span().start() - offset, f.span().end() - offset),
                    f.value(),
                    f.unit(),
                    f.currency(),
                    f.span()));
        }
        return found;
    }

    private static boolean hasNumber(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            if (Character.isDigit(word.charAt(0)) || NUMBER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Reader {
        Figure read(Matcher m, Span span);
    }

    /** Adds each match that does not overlap an earlier, stronger figure. */
    private static void collect(Matcher m, int offset, List<Figure> found, Reader reader) {
        while (m.find()) {
            Span span = new Span(offset + m.start(), offset + m.end());
            if (found.stream()
                    .noneMatch(f -> f.span().start() < span.end()
                            && span.start() < f.span().end())) {
                Figure figure = reader.read(m, span);
                if (figure != null) {
                    found.add(figure);
                }
            }
        }
    }

    private Figure moneyPrefix(Matcher m, Span span) {
        String currency = PREFIX_CURRENCIES.get(m.group(1).toLowerCase(Locale.ROOT));
        BigDecimal value = scaled(number(m.group(2)), m.group(3));
        return new Figure(Figure.Kind.MONEY, m.group(), value, m.group(4), currency, span);
    }

    private Figure moneySuffix(Matcher m, Span span) {
        String word = m.group(5).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String currency = word.startsWith("u") && word.endsWith("dollars") ? "USD" : SUFFIX_CURRENCIES.get(word);
        return new Figure(Figure.Kind.MONEY, m.group(), amount(m), null, currency, span);
    }

    private Figure percent(Matcher m, Span span) {
        String unit = m.group(2).toLowerCase(Locale.ROOT).startsWith("percentage") ? "pp" : "%";
        return new Figure(Figure.Kind.PERCENT, m.group(), number(m.group(1)), unit, null, span);
    }

    private Figure quantity(Matcher m, Span span) {
        String word = m.group(5).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        Unit unit = UNITS.get(word);
        if (unit == null) {
            return null;
        }
        BigDecimal value = amount(m).multiply(unit.factor());
        if (isYear(m) && m.group(4) == null) {
            return null;
        }
        return new Figure(Figure.Kind.QUANTITY, m.group(), normalise(value), unit.code(), null, span);
    }

    private Figure count(Matcher m, Span span) {
        String noun = m.group(5);
        if (!countable(noun) || (isYear(m) && m.group(4) == null)) {
            return null;
        }
        return new Figure(Figure.Kind.COUNT, m.group(), amount(m), noun, null, span);
    }

    private Figure wordCount(Matcher m, Span span) {
        String noun = m.group(3);
        if (!countable(noun)) {
            return null;
        }
        return new Figure(Figure.Kind.COUNT, m.group(), spelled(m), noun, null, span);
    }

    private Figure wordDuration(Matcher m, Span span) {
        Unit unit = UNITS.get(m.group(3).toLowerCase(Locale.ROOT));
        return unit == null ? null : new Figure(Figure.Kind.QUANTITY, m.group(), spelled(m), unit.code(), null, span);
    }

    private Figure times(Matcher m, Span span) {
        return isYear(m) && m.group(4) == null
                ? null
                : new Figure(Figure.Kind.COUNT, m.group(), amount(m), "times", null, span);
    }

    private Figure wordTimes(Matcher m, Span span) {
        return new Figure(Figure.Kind.COUNT, m.group(), spelled(m), "times", null, span);
    }

    private Figure partitive(Matcher m, Span span) {
        return isYear(m) && m.group(4) == null
                ? null
                : new Figure(Figure.Kind.COUNT, m.group(), amount(m), null, null, span);
    }

    private Figure wordPartitive(Matcher m, Span span) {
        return new Figure(Figure.Kind.COUNT, m.group(), spelled(m), null, null, span);
    }

    private Figure hyphenatedCount(Matcher m, Span span) {
        if (isYear(m)) {
            return null;
        }
        return new Figure(Figure.Kind.COUNT, m.group(), number(m.group(1)), m.group(2), null, span);
    }

    /** Groups 1 (tens or teens) and 2 (units) of {@link #SPELLED}: "twenty-one" is 21. */
    private static BigDecimal spelled(Matcher m) {
        return BigDecimal.valueOf(
                NumberWords.value(m.group(1), 0) + (m.group(2) == null ? 0 : NumberWords.value(m.group(2), 0)));
    }

    /**
     * Whether the number at {@code at} is part of a name: right after a capitalised word that does not open the
     * sentence ("Power of Siberia 2 remains …", "Its Article 9 obliges …"), or after "of" after one ("the Group of 20
     * major economies").
     */
    private static boolean inName(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end == at) {
            return false;
        }
        if (text.substring(start, end).equals("of")) {
            // "the Group of 20 major economies"
            return inName(text, start);
        }
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before > 0 && Character.isLetterOrDigit(text.charAt(before - 1));
    }

    /** A plural noun that counts things: not a time unit, not a word that only looks plural ("gas", "news"). */
    private static boolean countable(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return noun.length() >= 3
                && !NOT_COUNTED.contains(lower)
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is");
    }

    /** Groups 1 (digits) or 2 (number word), 3 (scale) of {@link #AMOUNT}; groups shift by the pattern's prefix. */
    private static BigDecimal amount(Matcher m) {
        String digits = m.group(1);
        BigDecimal base = digits != null ? number(digits) : BigDecimal.valueOf(NumberWords.value(m.group(2), 0));
        String scale = m.group(3) != null ? m.group(3) : m.group(4);
        return scaled(base, scale);
    }

    private static boolean isYear(Matcher m) {
        String digits = m.group(1);
        return digits != null && digits.matches("(?:1[89]|20)\\d{2}");
    }

    private static BigDecimal number(String digits) {
        return normalise(new BigDecimal(digits.replace(",", "")));
    }

    private static BigDecimal scaled(BigDecimal base, String scale) {
        if (scale == null) {
            return base;
        }
        BigDecimal factor = SCALES.get(scale.toLowerCase(Locale.ROOT));
        return normalise(factor == null ? base : base.multiply(factor));
    }

    /** Without trailing zeros and never in exponent form: 6.86 billion is 6860000000. */
    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
