package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.extract.Figure;
import io.claimbase.extract.Figure.Kind;
import io.claimbase.extract.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureTaggerTest {

    private static final FigureTagger FIGURES = new FigureTagger();

    /** sentence, expected text, kind, value, unit, currency: each sentence cites exactly one figure. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void normalisesFigures(String sentence, String text, Kind kind, String value, String unit, String currency) {
        List<Figure> figures = FIGURES.find(sentence, 0);

        int at = sentence.indexOf(text);
        Figure expected =
                new Figure(kind, text, new BigDecimal(value), unit, currency, new Span(at, at + text.length()));
        assertEquals(List.of(expected), figures);
    }

    static Stream<Arguments> normalisesFigures() {
        return Stream.of(
                // money
                row("Trade peaked at $6.86 billion in 2014.", "$6.86 billion", Kind.MONEY, "6860000000", null, "USD"),
                row(
                        "They struck a 400 billion dollars deal.",
                        "400 billion dollars",
                        Kind.MONEY,
                        "400000000000",
                        null,
                        "USD"),
                row(
                        "Trade reached an all-time high of 95 billion USD.",
                        "95 billion USD",
                        Kind.MONEY,
                        "95000000000",
                        null,
                        "USD"),
                row("The fund holds €3bn.", "€3bn", Kind.MONEY, "3000000000", null, "EUR"),
                row("A loan of RMB 10 billion was agreed.", "RMB 10 billion", Kind.MONEY, "10000000000", null, "CNY"),
                row("London paid £2.5 million.", "£2.5 million", Kind.MONEY, "2500000", null, "GBP"),
                row("The grant was US$5m in all.", "US$5m", Kind.MONEY, "5000000", null, "USD"),
                row("Beijing lent 10 billion yuan.", "10 billion yuan", Kind.MONEY, "10000000000", null, "CNY"),
                row(
                        "Moscow spent 1.2 trillion rubles.",
                        "1.2 trillion rubles",
                        Kind.MONEY,
                        "1200000000000",
                        null,
                        "RUB"),
                row("It was a $100,000 grant.", "$100,000", Kind.MONEY, "100000", null, "USD"),
                row("The deal is worth two billion euros.", "two billion euros", Kind.MONEY, "2000000000", null, "EUR"),
                row("Brent rose to $94 a barrel.", "$94 a barrel", Kind.MONEY, "94", "barrel", "USD"),
                // percentages
                row("Over 90 percent of its trade is with China.", "90 percent", Kind.PERCENT, "90", "%", null),
                row("Trade is up 25% from 2017.", "25%", Kind.PERCENT, "25", "%", null),
                row("Growth slowed to 4.5 per cent.", "4.5 per cent", Kind.PERCENT, "4.5", "%", null),
                row("Rates rose by 2 percentage points.", "2 percentage points", Kind.PERCENT, "2", "pp", null),
                // quantities
                row(
                        "Gazprom will supply up to 38 billion cubic meters of gas per year.",
                        "38 billion cubic meters",
                        Kind.QUANTITY,
                        "38000000000",
                        "m3",
                        null),
                row("The pipeline carries 55 bcm a year.", "55 bcm", Kind.QUANTITY, "55000000000", "m3", null),
                row(
                        "OPEC+ cut output by 1 million barrels per day.",
                        "1 million barrels per day",
                        Kind.QUANTITY,
                        "1000000",
                        "barrels per day",
                        null),
                row(
                        "Saudi Arabia pumps a million barrels a day more.",
                        "a million barrels a day",
                        Kind.QUANTITY,
                        "1000000",
                        "barrels per day",
                        null),
                row("They share a 2600-mile border.", "2600-mile", Kind.QUANTITY, "2600", "miles", null),
                row("The railway is 4,000 kilometres long.", "4,000 kilometres", Kind.QUANTITY, "4000", "km", null),
                row(
                        "Imports reached 3.5 million tonnes.",
                        "3.5 million tonnes",
                        Kind.QUANTITY,
                        "3500000",
                        "tonnes",
                        null),
                row("Gas will flow for 30 years.", "30 years", Kind.QUANTITY, "30", "years", null),
                // counts
                row("Moscow cut the U.S. staff by 755 people.", "755 people", Kind.COUNT, "755", "people", null),
                row(
                        "The drills had 300,000 servicemen involved.",
                        "300,000 servicemen",
                        Kind.COUNT,
                        "300000",
                        "servicemen",
                        null),
                row("The PLA sent around 3,500 troops.", "3,500 troops", Kind.COUNT, "3500", "troops", null),
                row("The index rates about 100 states.", "100 states", Kind.COUNT, "100", "states", null),
                row(
                        "The war displaced two million refugees.",
                        "two million refugees",
                        Kind.COUNT,
                        "2000000",
                        "refugees",
                        null),
                row(
                        "Of the fifty-eight agreements, most were signed.",
                        "fifty-eight agreements",
                        Kind.COUNT,
                        "58",
                        "agreements",
                        null),
                row(
                        "Turkey hosts 3.6 million Syrian refugees.",
                        "3.6 million Syrian refugees",
                        Kind.COUNT,
                        "3600000",
                        "refugees",
                        null),
                row(
                        "The war displaced 1.9 million Palestinians in Gaza.",
                        "1.9 million Palestinians",
                        Kind.COUNT,
                        "1900000",
                        "Palestinians",
                        null),
                // counts after modifiers, invariant plurals, times and hyphenated counts
                row(
                        "The ministry listed 31 more foreign banks.",
                        "31 more foreign banks",
                        Kind.COUNT,
                        "31",
                        "banks",
                        null),
                row(
                        "About 4 million foreign visitors came.",
                        "4 million foreign visitors",
                        Kind.COUNT,
                        "4000000",
                        "visitors",
                        null),
                row("Police shut 60 fake news portals.", "60 fake news portals", Kind.COUNT, "60", "portals", null),
                row("The bill passed with 58 of the chamber's seats.", "58", Kind.COUNT, "58", null, null),
                row("Twelve of the ships were Greek.", "Twelve", Kind.COUNT, "12", null, null),
                row("The fleet flew some 25 aircraft north.", "25 aircraft", Kind.COUNT, "25", "aircraft", null),
                row("The councils have met more than 60 times.", "60 times", Kind.COUNT, "60", "times", null),
                row("The two ministers have spoken thirty times.", "thirty times", Kind.COUNT, "30", "times", null),
                row(
                        "The parties initialled thirteen memoranda.",
                        "thirteen memoranda",
                        Kind.COUNT,
                        "13",
                        "memoranda",
                        null),
                row("Guests heard a 19-gun salute.", "19-gun", Kind.COUNT, "19", "gun", null),
                row("The court issued a 48-page ruling.", "48-page", Kind.COUNT, "48", "page", null),
                // durations and measures
                row("Give them 5 minutes.", "5 minutes", Kind.QUANTITY, "5", "minutes", null),
                row("The envoys were told to leave within 48 hours.", "48 hours", Kind.QUANTITY, "48", "hours", null),
                row("She gave a 35-minute speech.", "35-minute", Kind.QUANTITY, "35", "minutes", null),
                row("He worked there for fourteen years.", "fourteen years", Kind.QUANTITY, "14", "years", null),
                row("Talks could end within sixteen months.", "sixteen months", Kind.QUANTITY, "16", "months", null),
                row("The inspectors counted 250 kilograms of ore.", "250 kilograms", Kind.QUANTITY, "250", "kg", null),
                row("The farm covers 3,000 hectares.", "3,000 hectares", Kind.QUANTITY, "3000", "ha", null),
                row("The navy tested a 155-millimetre gun.", "155-millimetre", Kind.QUANTITY, "155", "mm", null),
                row(
                        "The zone reaches 80 nautical miles out.",
                        "80 nautical miles",
                        Kind.QUANTITY,
                        "80",
                        "nautical miles",
                        null),
                row(
                        "The plant makes 12 mtpa of liquefied gas.",
                        "12 mtpa",
                        Kind.QUANTITY,
                        "12000000",
                        "tonnes per year",
                        null),
                row("The communiqué runs to 4,500 words.", "4,500 words", Kind.QUANTITY, "4500", "words", null),
                // money in kroner
                row(
                        "Copenhagen set aside 9 billion kroner.",
                        "9 billion kroner",
                        Kind.MONEY,
                        "9000000000",
                        null,
                        "DKK"),
                // a kroner named by its country
                row(
                        "Oslo pledged 3 billion Norwegian kroner to the fund.",
                        "3 billion Norwegian kroner",
                        Kind.MONEY,
                        "3000000000",
                        null,
                        "NOK"),
                row(
                        "Stockholm added 40 million Swedish kronor.",
                        "40 million Swedish kronor",
                        Kind.MONEY,
                        "40000000",
                        null,
                        "SEK"));
    }

    private static Arguments row(String sentence, String text, Kind kind, String value, String unit, String currency) {
        return Arguments.of(sentence, text, kind, value, unit, currency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void findsNoFigureInVagueAmountsYearsDatesAndNames(String sentence) {
        assertEquals(List.of(), FIGURES.find(sentence, 0));
    }

    static Stream<Arguments> findsNoFigureInVagueAmountsYearsDatesAndNames() {
        return Stream.of(
                Arguments.of("They are expelling diplomats by the hundreds of dozens."),
                Arguments.of("Hundreds of diplomats left."),
                Arguments.of("Tens of billions of dollars are at stake."),
                Arguments.of("Trade peaked in 2014."),
                Arguments.of("In 2015 sanctions bit."),
                Arguments.of("The S-400 and the Su-35 were offered."),
                Arguments.of("The G20 summit opened."),
                Arguments.of("The Power of Siberia 2 gas pipeline is planned."),
                Arguments.of("It was signed 20 years ago."),
                Arguments.of("Five major economies and two pages"),
                Arguments.of("On June 16, they met."),
                Arguments.of("The 20th anniversary of the treaty."),
                Arguments.of("Watch from 01:12 onwards."),
                Arguments.of("In the Vostok 2018 exercises, Russia showed its power."),
                Arguments.of("The 1990s were hard."),
                Arguments.of("The two leaders met."),
                Arguments.of("In 2014 Russians voted."),
                Arguments.of("The economy there is roughly twelve times the size of its neighbour's."),
                Arguments.of("Exports grew 15 times faster than imports."),
                Arguments.of("The Orion 7 carries the crew."),
                Arguments.of("Its Clause 4 requires a vote."),
                Arguments.of("The lab built a 360-degree camera."),
                Arguments.of("Nine delegations and seven ministers came."),
                Arguments.of("Ministers of the Club of 30 leading lenders met."),
                Arguments.of("Output fell over the past eleven months."),
                Arguments.of("Trade grew 3 times more quickly."),
                Arguments.of("It breaches paragraph 4 of the resolution."),
                Arguments.of("Five of the ships were Greek."));
    }

    @Test
    void findsSeveralFiguresInReadingOrderWithAbsoluteSpans() {
        String sentence = "Trade in 2018 is up 25 percent and on track to reach $100 billion, with 755 people "
                + "and 38 billion cubic meters involved.";

        List<Figure> figures = FIGURES.find(sentence, 1000);

        assertEquals(
                List.of("25 percent", "$100 billion", "755 people", "38 billion cubic meters"),
                figures.stream().map(Figure::text).toList());
        int money = sentence.indexOf("$100 billion");
        assertEquals(new Span(1000 + money, 1000 + money + 12), figures.get(1).span());
    }
}
