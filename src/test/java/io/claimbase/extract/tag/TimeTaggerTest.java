package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.TimePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTaggerTest {

    private static final TimeTagger TIMES = new TimeTagger();

    /**
     * sentence, publication date (or null), expected text (with its preposition), start, end (null when unresolved),
     * precision. The interval covers whole units of the precision: "late 2017" is all of 2017.
     * 2019-01-09 is a Wednesday; 2017-08-31 a Thursday.
     */
    @ParameterizedTest(name = "{0} @ {1}")
    @MethodSource
    void normalisesTimeExpressions(
            String sentence, String published, String text, String start, String end, DatePrecision precision) {
        TimePeriod period = TIMES.find(sentence, published == null ? null : LocalDate.parse(published));

        TimePeriod expected = new TimePeriod(
                text,
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                precision,
                start != null);
        assertEquals(expected, period);
    }

    static Stream<Arguments> normalisesTimeExpressions() {
        return Stream.of(
                // years, parts of years, ranges, decades
                row(
                        "Trade peaked at $6.86 billion in 2014.",
                        "2019-01-09",
                        "in 2014",
                        "2014-01-01",
                        "2014-12-31",
                        DatePrecision.YEAR),
                row("It was 2014 all over again.", null, "2014", "2014-01-01", "2014-12-31", DatePrecision.YEAR),
                // a half of the year counted from the publication date; the quarter it falls in
                row(
                        "Exports of timber fell in the first half of this year, the ministry said.",
                        "2019-09-20",
                        "in the first half of this year",
                        "2019-01-01",
                        "2019-06-30",
                        DatePrecision.MONTH),
                row(
                        "The port could reopen in the second half of next year.",
                        "2019-09-20",
                        "in the second half of next year",
                        "2020-07-01",
                        "2020-12-31",
                        DatePrecision.MONTH),
                row(
                        "A final vote is planned for the second half of the year.",
                        "2019-03-02",
                        "for the second half of the year",
                        "2019-07-01",
                        "2019-12-31",
                        DatePrecision.MONTH),
                row(
                        "We expect freight rates to hold this quarter.",
                        "2019-05-14",
                        "this quarter",
                        "2019-04-01",
                        "2019-06-30",
                        DatePrecision.MONTH),
                row(
                        "Freight rates slipped last quarter.",
                        "2019-02-14",
                        "last quarter",
                        "2018-10-01",
                        "2018-12-31",
                        DatePrecision.MONTH),
                row("Rates slipped last quarter.", null, "last quarter", null, null, DatePrecision.MONTH),
                // earlier on the publication day, in a clause about the past
                row(
                        "Copper fell 2% in London trading this morning.",
                        "2019-01-09", "this morning", "2019-01-09", "2019-01-09", DatePrecision.DAY),
                // how long something has lasted tells the time of writing
                row(
                        "Four years into the drought, the reservoirs are half empty.",
                        "2019-01-09",
                        "Four years into",
                        "2019-01-01",
                        "2019-12-31",
                        DatePrecision.YEAR),
                // a year still to come that bounds the stretch from now
                row(
                        "The coalition is unlikely to split before 2022.",
                        "2019-01-09",
                        "before 2022",
                        "2019-01-09",
                        "2021-12-31",
                        DatePrecision.DAY),
                // a bound with another period told: that one
                row(
                        "Wages stagnated before 2010 but rose by a fifth in 2015.",
                        "2019-01-09",
                        "in 2015",
                        "2015-01-01",
                        "2015-12-31",
                        DatePrecision.YEAR),
                // a month that names an event: its year as for a bare month (the next one, in a sentence about
                // the future; the latest one, about the past)
                row(
                        "Ministers should settle the matter at the March summit.",
                        "2019-01-09",
                        "March",
                        "2019-03-01",
                        "2019-03-31",
                        DatePrecision.MONTH),
                row(
                        "Turnout fell in the November elections.",
                        "2019-01-09",
                        "November",
                        "2018-11-01",
                        "2018-11-30",
                        DatePrecision.MONTH),
                row("Turnout fell in the November elections.", null, "November", null, null, DatePrecision.MONTH),
                row(
                        "They have held summits since 2009.",
                        "2017-09-01",
                        "since 2009",
                        "2009-01-01",
                        "2017-09-01",
                        DatePrecision.YEAR),
                row("They have held summits since 2009.", null, "since 2009", null, null, DatePrecision.YEAR),
                row(
                        "In late 2017 and early 2018, the strategies changed.",
                        "2019-01-09",
                        "In late 2017 and early 2018",
                        "2017-01-01",
                        "2018-12-31",
                        DatePrecision.YEAR),
                row(
                        "New Delhi concluded the other three in 2002, 2016 and 2018.",
                        null,
                        "in 2002, 2016 and 2018",
                        "2002-01-01",
                        "2018-12-31",
                        DatePrecision.YEAR),
                // two periods set side by side: the stretch from the first to the last (was the first alone before
                // the annotators of the open sets were seen to span them: "in January and again last month")
                row(
                        "Trade fell in 2015 and again in March 2016.",
                        null,
                        "in 2015 and again in March 2016",
                        "2015-01-01",
                        "2016-03-31",
                        DatePrecision.YEAR),
                row(
                        "By the end of 2015, it had transpired.",
                        null,
                        "By the end of 2015",
                        "2015-01-01",
                        "2015-12-31",
                        DatePrecision.YEAR),
                row(
                        "Output rose in the first half of 2019.",
                        null,
                        "in the first half of 2019",
                        "2019-01-01",
                        "2019-06-30",
                        DatePrecision.YEAR),
                row(
                        "A program for the region in 2018-2024 was signed.",
                        null,
                        "in 2018-2024",
                        "2018-01-01",
                        "2024-12-31",
                        DatePrecision.YEAR),
                row(
                        "He was a fellow at Harvard in 2010-11.",
                        null,
                        "in 2010-11",
                        "2010-01-01",
                        "2011-12-31",
                        DatePrecision.YEAR),
                row(
                        "Trade grew tenfold between 2000 and 2015.",
                        null,
                        "between 2000 and 2015",
                        "2000-01-01",
                        "2015-12-31",
                        DatePrecision.YEAR),
                row(
                        "The project was postponed into the 2020s.",
                        null,
                        "the 2020s",
                        "2020-01-01",
                        "2029-12-31",
                        DatePrecision.DECADE),
                row(
                        "Things were different in the 2010s.",
                        null,
                        "in the 2010s",
                        "2010-01-01",
                        "2019-12-31",
                        DatePrecision.DECADE),
                row(
                        "He has covered Russia since the late 1990s.",
                        "2017-09-01",
                        "since the late 1990s",
                        "1990-01-01",
                        "2017-09-01",
                        DatePrecision.DECADE),
                row(
                        "In the early 2000s the opening began.",
                        null,
                        "In the early 2000s",
                        "2000-01-01",
                        "2009-12-31",
                        DatePrecision.DECADE),
                row(
                        "The first quarter of 2019 was weak.",
                        null,
                        "The first quarter of 2019",
                        "2019-01-01",
                        "2019-03-31",
                        DatePrecision.MONTH),
                row("Sales fell in Q3 2020.", null, "in Q3 2020", "2020-07-01", "2020-09-30", DatePrecision.MONTH),
                row(
                        "The Vostok 2018 exercises were the largest.",
                        null,
                        "2018",
                        "2018-01-01",
                        "2018-12-31",
                        DatePrecision.YEAR),
                // months and seasons
                row(
                        "The exercise took place in September 2016.",
                        null,
                        "in September 2016",
                        "2016-09-01",
                        "2016-09-30",
                        DatePrecision.MONTH),
                row(
                        "In July of 2017, CNPC announced it.",
                        null,
                        "In July of 2017",
                        "2017-07-01",
                        "2017-07-31",
                        DatePrecision.MONTH),
                row(
                        "The summit is to be held in early September.",
                        "2017-08-31",
                        "in early September",
                        "2017-09-01",
                        "2017-09-30",
                        DatePrecision.MONTH),
                row(
                        "Visa-free travel could come as early as June.",
                        "2016-03-22",
                        "as early as June",
                        "2016-06-01",
                        "2016-06-30",
                        DatePrecision.MONTH),
                row(
                        "The summit is to be held in early September.",
                        null,
                        "in early September",
                        null,
                        null,
                        DatePrecision.MONTH),
                row(
                        "Talks resumed in late March 2021.",
                        null,
                        "in late March 2021",
                        "2021-03-01",
                        "2021-03-31",
                        DatePrecision.MONTH),
                row(
                        "Bonhomie was on display in Buenos Aires last December.",
                        "2019-01-09",
                        "last December",
                        "2018-12-01",
                        "2018-12-31",
                        DatePrecision.MONTH),
                row(
                        "Bonhomie was on display last December.",
                        "2019-12-20",
                        "last December",
                        "2018-12-01",
                        "2018-12-31",
                        DatePrecision.MONTH),
                row("Bonhomie was on display last December.", null, "last December", null, null, DatePrecision.MONTH),
                // past tense: the April before the publication date, not the nearer one after it
                row(
                        "In April, the defence minister came to Moscow.",
                        "2019-01-09",
                        "In April",
                        "2018-04-01",
                        "2018-04-30",
                        DatePrecision.MONTH),
                row(
                        "In April, the defence minister will come to Moscow.",
                        "2019-01-09",
                        "In April",
                        "2019-04-01",
                        "2019-04-30",
                        DatePrecision.MONTH),
                row(
                        "In December, the ministers met.",
                        "2019-01-09",
                        "In December",
                        "2018-12-01",
                        "2018-12-31",
                        DatePrecision.MONTH),
                row(
                        "In July of last year, they presided over a joint exercise.",
                        "2019-01-09",
                        "In July of last year",
                        "2018-07-01",
                        "2018-07-31",
                        DatePrecision.MONTH),
                row(
                        "The crisis in spring 2014 prompted an upgrade.",
                        null,
                        "in spring 2014",
                        "2014-03-01",
                        "2014-05-31",
                        DatePrecision.MONTH),
                // days
                row(
                        "On June 16, Putin and Biden met in Geneva.",
                        "2021-07-02",
                        "On June 16",
                        "2021-06-16",
                        "2021-06-16",
                        DatePrecision.DAY),
                row("On June 16, Putin and Biden met in Geneva.", null, "On June 16", null, null, DatePrecision.DAY),
                row(
                        "On September 11 and 12, Russia hosted the forum.",
                        "2018-09-20",
                        "On September 11 and 12",
                        "2018-09-11",
                        "2018-09-12",
                        DatePrecision.DAY),
                row(
                        "The talks ran on September 11-12, 2018.",
                        null,
                        "on September 11-12, 2018",
                        "2018-09-11",
                        "2018-09-12",
                        DatePrecision.DAY),
                row(
                        "Posted 9 January 2019 by the editors.",
                        null,
                        "9 January 2019",
                        "2019-01-09",
                        "2019-01-09",
                        DatePrecision.DAY),
                row(
                        "They met on 3rd of March 2020.",
                        null,
                        "on 3rd of March 2020",
                        "2020-03-03",
                        "2020-03-03",
                        DatePrecision.DAY),
                row(
                        "On June 16, 2021, the leaders met.",
                        null,
                        "On June 16, 2021",
                        "2021-06-16",
                        "2021-06-16",
                        DatePrecision.DAY),
                row(
                        "The decree of 2018-06-16 took effect.",
                        null,
                        "2018-06-16",
                        "2018-06-16",
                        "2018-06-16",
                        DatePrecision.DAY),
                row(
                        "On December 1 the talks opened.",
                        "2019-01-09",
                        "On December 1",
                        "2018-12-01",
                        "2018-12-01",
                        DatePrecision.DAY),
                // relative to the publication date
                row(
                        "Last month, Putin and Xi held talks.",
                        "2021-07-15",
                        "Last month",
                        "2021-06-01",
                        "2021-06-30",
                        DatePrecision.MONTH),
                row("Last month, Putin and Xi held talks.", null, "Last month", null, null, DatePrecision.MONTH),
                row(
                        "The meeting was the fourth this year.",
                        "2017-08-31",
                        "this year",
                        "2017-01-01",
                        "2017-12-31",
                        DatePrecision.YEAR),
                row(
                        "Earlier this week North Korea fired a missile.",
                        "2017-08-31",
                        "Earlier this week",
                        "2017-08-28",
                        "2017-08-31",
                        DatePrecision.DAY),
                row(
                        "Earlier this week North Korea fired a missile.",
                        null,
                        "Earlier this week",
                        null,
                        null,
                        DatePrecision.DAY),
                row("Trade grew last year.", "2019-01-09", "last year", "2018-01-01", "2018-12-31", DatePrecision.YEAR),
                row(
                        "Trade will grow next year.",
                        "2019-01-09",
                        "next year",
                        "2020-01-01",
                        "2020-12-31",
                        DatePrecision.YEAR),
                row(
                        "Trade grew earlier this year.",
                        "2019-03-15",
                        "earlier this year",
                        "2019-01-01",
                        "2019-03-15",
                        DatePrecision.YEAR),
                row(
                        "A vote is expected later this month.",
                        "2019-03-15",
                        "later this month",
                        "2019-03-15",
                        "2019-03-31",
                        DatePrecision.MONTH),
                row("They met last week.", "2019-01-09", "last week", "2018-12-31", "2019-01-06", DatePrecision.DAY),
                row(
                        "His remarks about a month ago did not go over well.",
                        "2017-09-01",
                        "about a month ago",
                        "2017-08-01",
                        "2017-08-31",
                        DatePrecision.MONTH),
                row(
                        "The deal was signed two years ago.",
                        "2019-01-09",
                        "two years ago",
                        "2017-01-01",
                        "2017-12-31",
                        DatePrecision.YEAR),
                row(
                        "Ties have grown warmer in the last two years.",
                        "2019-01-09",
                        "in the last two years",
                        "2017-01-09",
                        "2019-01-09",
                        DatePrecision.YEAR),
                row(
                        "Emissions must halve this decade.",
                        "2023-05-02",
                        "this decade",
                        "2020-01-01",
                        "2029-12-31",
                        DatePrecision.DECADE),
                row(
                        "Trade tripled over the past decade.",
                        "2023-05-02",
                        "over the past decade",
                        "2013-05-02",
                        "2023-05-02",
                        DatePrecision.YEAR),
                row(
                        "Trade tripled over the last decade.",
                        "2023-05-02",
                        "over the last decade",
                        "2013-05-02",
                        "2023-05-02",
                        DatePrecision.YEAR),
                // a time counted on from the period in the same sentence closes the stretch
                row(
                        "Lisbon halted the exports in 2019 before resuming them two years later.",
                        "2023-05-02",
                        "in 2019 before resuming them two years later",
                        "2019-01-01",
                        "2021-12-31",
                        DatePrecision.YEAR),
                row(
                        "Oslo signed a pact with Iceland in 2020 and one with Denmark the following year.",
                        "2023-05-02",
                        "in 2020 and one with Denmark the following year",
                        "2020-01-01",
                        "2021-12-31",
                        DatePrecision.YEAR),
                row(
                        "In March 2022 the envoys drafted a text, and a month later both sides initialled it.",
                        "2023-05-02",
                        "In March 2022 the envoys drafted a text, and a month later",
                        "2022-03-01",
                        "2022-04-30",
                        DatePrecision.MONTH),
                // a figure of one period set against the figure of another: the stretch of both
                row(
                        "Wine exports slipped to about $1.2 billion in 2022, down from a record $1.5 billion in 2021.",
                        "2023-05-02",
                        "in 2022, down from a record $1.5 billion in 2021",
                        "2021-01-01",
                        "2022-12-31",
                        DatePrecision.YEAR),
                row(
                        "Ports logged 52 transits since July, up from 38 over the same weeks last year.",
                        "2023-08-20",
                        "since July",
                        "2023-07-01",
                        "2023-08-20",
                        DatePrecision.MONTH),
                // a period the present is measured against: the sentence speaks about the publication year
                row(
                        "The second convoy was better organised than in 2021, the mayor said.",
                        "2023-05-02",
                        "in 2021",
                        "2023-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                row(
                        "Tin exports have shrunk to a fraction of what they were in the 1990s.",
                        "2023-05-02",
                        "in the 1990s",
                        "2023-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                // a horizon of plans is no period a reader dates
                row(
                        "The utility pledged to double its wind capacity over the next decade.",
                        "2023-05-02",
                        "over the next decade",
                        null,
                        null,
                        DatePrecision.YEAR),
                row(
                        "Planners expect demand to rise through the coming decade.",
                        "2023-05-02",
                        "the coming decade",
                        null,
                        null,
                        DatePrecision.YEAR),
                row(
                        "The ministry said yesterday that talks failed.",
                        "2019-01-09",
                        "yesterday",
                        "2019-01-08",
                        "2019-01-08",
                        DatePrecision.DAY),
                row(
                        "On Tuesday, the ministry said talks failed.",
                        "2019-01-09",
                        "On Tuesday",
                        "2019-01-08",
                        "2019-01-08",
                        DatePrecision.DAY),
                row(
                        "They will negotiate again before the end of the year.",
                        "2016-03-22",
                        "the end of the year",
                        "2016-01-01",
                        "2016-12-31",
                        DatePrecision.YEAR),
                row(
                        "Relations improved over the past quarter-century.",
                        "2019-01-09",
                        "over the past quarter-century",
                        "1994-01-09",
                        "2019-01-09",
                        DatePrecision.YEAR),
                row(
                        "Since the deadly clash in the valley in June, troops have faced each other.",
                        "2020-10-29",
                        "in June",
                        "2020-06-01",
                        "2020-10-29",
                        DatePrecision.MONTH),
                // "since" and the event the date dates, in one clause
                row(
                        "Exporters have held back shipments since the ministry raised the levy in March.",
                        "2021-09-14",
                        "in March",
                        "2021-03-01",
                        "2021-09-14",
                        DatePrecision.MONTH),
                row(
                        "Little has moved since the two cabinets signed the framework in April 2019.",
                        "2021-09-14",
                        "in April 2019",
                        "2019-04-01",
                        "2021-09-14",
                        DatePrecision.MONTH),
                // kept as text, never guessed
                row(
                        "In recent years, coordination has grown stronger.",
                        "2019-01-09",
                        "In recent years",
                        null,
                        null,
                        DatePrecision.YEAR),
                row(
                        "They will not drift apart in the near future.",
                        "2019-01-09",
                        "in the near future",
                        null,
                        null,
                        null),
                row(
                        "That same week, Moscow held its exercises.",
                        "2019-01-09",
                        "That same week",
                        null,
                        null,
                        DatePrecision.DAY),
                row(
                        "It was a shift from one year earlier.",
                        "2019-01-09",
                        "from one year earlier",
                        null,
                        null,
                        DatePrecision.YEAR),
                // one period per claim: the first resolved one, else the first unresolved one
                row(
                        "In July 2017, CNPC said supplies would start in December 2019.",
                        null,
                        "In July 2017",
                        "2017-07-01",
                        "2017-07-31",
                        DatePrecision.MONTH),
                // (the year of a document's name is no period: "Last month", unresolved without a date)
                row("Last month the 2014 deal was revised.", null, "Last month", null, null, DatePrecision.MONTH),
                row(
                        "Last month the deal was revised, and again this year.",
                        null,
                        "Last month",
                        null,
                        null,
                        DatePrecision.MONTH),
                // without a year, the clause's tense says which way from the publication date (2023-06-14, a
                // Wednesday) a month or a weekday lies
                row(
                        "The ministers met in Geneva in October.",
                        "2023-06-14",
                        "in October",
                        "2022-10-01",
                        "2022-10-31",
                        DatePrecision.MONTH),
                row(
                        "The ministers will meet in Geneva in March.",
                        "2023-06-14",
                        "in March",
                        "2024-03-01",
                        "2024-03-31",
                        DatePrecision.MONTH),
                row(
                        "By August, the reservoir had run dry.",
                        "2023-06-14",
                        "By August",
                        "2022-08-01",
                        "2022-08-31",
                        DatePrecision.MONTH),
                row(
                        "The delegation is due in Ankara on Friday.",
                        "2023-06-14",
                        "on Friday",
                        "2023-06-16",
                        "2023-06-16",
                        DatePrecision.DAY),
                row(
                        "The delegation arrived in Ankara on Friday.",
                        "2023-06-14",
                        "on Friday",
                        "2023-06-09",
                        "2023-06-09",
                        DatePrecision.DAY),
                row(
                        "Under the treaty, which entered into force on Monday, every vessel will be inspected.",
                        "2023-06-14",
                        "on Monday",
                        "2023-06-12",
                        "2023-06-12",
                        DatePrecision.DAY),
                // seasons, quarters and parts of a year without a year of their own
                row(
                        "Grain exports rose sharply this spring.",
                        "2023-06-14",
                        "this spring",
                        "2023-03-01",
                        "2023-05-31",
                        DatePrecision.MONTH),
                row(
                        "Freight rates will stay high through the winter.",
                        "2023-06-14",
                        "the winter",
                        "2023-12-01",
                        "2024-02-29",
                        DatePrecision.MONTH),
                row("Freight rates will stay high this winter.", null, "this winter", null, null, DatePrecision.MONTH),
                row(
                        "Output fell in the first quarter.",
                        "2023-06-14",
                        "in the first quarter",
                        "2023-01-01",
                        "2023-03-31",
                        DatePrecision.MONTH),
                row(
                        "A decision is expected in the fourth quarter of next year.",
                        "2023-06-14",
                        "in the fourth quarter of next year",
                        "2024-10-01",
                        "2024-12-31",
                        DatePrecision.MONTH),
                row(
                        "Sales slipped in the first five months of 2022.",
                        null,
                        "in the first five months of 2022",
                        "2022-01-01",
                        "2022-05-31",
                        DatePrecision.MONTH),
                row(
                        "Imports have doubled so far this year.",
                        "2023-06-14",
                        "so far this year",
                        "2023-01-01",
                        "2023-06-14",
                        DatePrecision.YEAR),
                // counts beyond twelve
                row(
                        "Forty years ago the border was closed.",
                        "2023-06-14",
                        "Forty years ago",
                        "1983-01-01",
                        "1983-12-31",
                        DatePrecision.YEAR),
                row(
                        "Ties have barely moved over the past eighteen months.",
                        "2023-06-14",
                        "over the past eighteen months",
                        "2021-12-14",
                        "2023-06-14",
                        DatePrecision.MONTH),
                row(
                        "Whoever wins tomorrow's runoff will inherit the budget gap.",
                        "2023-06-14",
                        "tomorrow",
                        "2023-06-15",
                        "2023-06-15",
                        DatePrecision.DAY),
                // an event of N days that ended on the day named
                row(
                        "Greek and Egyptian frigates wrapped up four days of drills off Crete on Sunday.",
                        "2023-06-14",
                        "on Sunday",
                        "2023-06-08",
                        "2023-06-11",
                        DatePrecision.DAY),
                // the two ends of one change or one stretch are one period
                row(
                        "The yuan's share of their trade rose from 20 percent in 2019 to 35 percent in 2023.",
                        null,
                        "in 2019 to 35 percent in 2023",
                        "2019-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                row(
                        "Deliveries of the corvettes are due to begin in 2026 and end by 2029.",
                        null,
                        "in 2026 and end by 2029",
                        "2026-01-01",
                        "2029-12-31",
                        DatePrecision.YEAR),
                // a later expression that narrows the first one is the period
                row(
                        "The 2019 white paper, published in July 2019, named three threats.",
                        null,
                        "in July 2019",
                        "2019-07-01",
                        "2019-07-31",
                        DatePrecision.MONTH),
                // periods set side by side, joined right after the first or right before the next: the stretch
                row(
                        "Exports rose 12 percent in 2021 but only 3 percent in the first half of 2023.",
                        null,
                        "in 2021 but only 3 percent in the first half of 2023",
                        "2021-01-01",
                        "2023-06-30",
                        DatePrecision.YEAR),
                row(
                        "In 2017 the port opened a grain terminal, and in 2020 it added a second berth.",
                        null,
                        "In 2017 the port opened a grain terminal, and in 2020",
                        "2017-01-01",
                        "2020-12-31",
                        DatePrecision.YEAR),
                // a period compared with, a year naming a thing, or a part of the first is not a second end
                row(
                        "Freight volumes grew this year, and were a fifth higher than last year.",
                        "2023-06-14",
                        "this year",
                        "2023-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                row(
                        "The grain deal was signed in March, and the 2019 accord lapsed.",
                        "2023-06-14",
                        "in March",
                        "2023-03-01",
                        "2023-03-31",
                        DatePrecision.MONTH),
                row(
                        "Last year the ferries ran twice a week, and a night service started in May.",
                        "2023-06-14",
                        "Last year",
                        "2022-01-01",
                        "2022-12-31",
                        DatePrecision.YEAR),
                // a comparison with the past is about now, not about the years since
                row(
                        "Relations are at their warmest since 1991.",
                        "2023-06-14",
                        "their warmest since",
                        "2023-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                row(
                        "Output slipped in March, the first fall since 2016.",
                        "2023-06-14",
                        "in March",
                        "2023-03-01",
                        "2023-03-31",
                        DatePrecision.MONTH),
                // "by" and "until" a weekday: the day by the tense; a stretch still running ends on it
                row(
                        "By Thursday night the negotiators had agreed on a text.",
                        "2019-01-09",
                        "By Thursday",
                        "2019-01-03",
                        "2019-01-03",
                        DatePrecision.DAY),
                row(
                        "The naval exercise, the largest in a decade, runs until Saturday.",
                        "2019-01-09",
                        "until Saturday",
                        "2019-01-09",
                        "2019-01-12",
                        DatePrecision.DAY),
                // a month naming an event after a possessive, May too ("their May summit")
                row(
                        "Their May summit in Lima renewed the fishing accord of 2017.",
                        "2019-07-02",
                        "May",
                        "2019-05-01",
                        "2019-05-31",
                        DatePrecision.MONTH),
                // the first months of the year of publication; the rest of the year
                row(
                        "Exports fell by a fifth in the first five months of the year.",
                        "2019-07-02",
                        "in the first five months of the year",
                        "2019-01-01",
                        "2019-05-31",
                        DatePrecision.MONTH),
                row(
                        "A second round of talks is likely before the year is out.",
                        "2019-07-02",
                        "before the year is out",
                        "2019-07-02",
                        "2019-12-31",
                        DatePrecision.DAY),
                // a stretch from a month to the end of the unit that holds it
                row(
                        "The tariff applies from March and lasts until the end of the year.",
                        "2019-01-09",
                        "from March and lasts until the end of the year",
                        "2019-03-01",
                        "2019-12-31",
                        DatePrecision.YEAR),
                // a span of months without a year: the months from the first to the end of the last
                row(
                        "Between February and April the council approved four rate rises.",
                        "2023-06-14",
                        "Between February and April",
                        "2023-02-01",
                        "2023-04-30",
                        DatePrecision.MONTH),
                row(
                        "Analysts expect freight rates to ease from September to November.",
                        "2023-06-14",
                        "from September to November",
                        "2023-09-01",
                        "2023-11-30",
                        DatePrecision.MONTH),
                row(
                        "Ferries ran between November and February 2022, when the ice closed the strait.",
                        null,
                        "between November and February 2022",
                        "2021-11-01",
                        "2022-02-28",
                        DatePrecision.MONTH),
                row(
                        "The port handled more grain between May and July than in any quarter before.",
                        null,
                        "between May and July",
                        null,
                        null,
                        DatePrecision.MONTH),
                // the two ends of a change, months without a year
                row(
                        "Its exports rose from about 3 million tonnes in January to 4.1 million tonnes in May.",
                        "2023-06-14",
                        "in January to 4.1 million tonnes in May",
                        "2023-01-01",
                        "2023-05-31",
                        DatePrecision.MONTH),
                // the final or last quarter of a year is its fourth; a quarter written as an adjective
                row(
                        "Copper shipments to Peru doubled in the final quarter of 2022.",
                        "2023-06-14",
                        "in the final quarter of 2022",
                        "2022-10-01",
                        "2022-12-31",
                        DatePrecision.MONTH),
                row(
                        "Analysts cut their first-quarter 2024 wheat forecast to $6 a bushel.",
                        "2023-12-01",
                        "first-quarter 2024",
                        "2024-01-01",
                        "2024-03-31",
                        DatePrecision.MONTH),
                // a quarter or a half, then a later one told without the noun: both together
                row(
                        "Coffee averaged $3.10 a pound in the first quarter of 2023 but only $2.60 in the second.",
                        null,
                        "in the first quarter of 2023 but only $2.60 in the second",
                        "2023-01-01",
                        "2023-06-30",
                        DatePrecision.MONTH),
                row(
                        "Sales fell in the first half of 2021 and recovered in the second.",
                        null,
                        "in the first half of 2021 and recovered in the second",
                        "2021-01-01",
                        "2021-12-31",
                        DatePrecision.MONTH),
                // ... but not "the second" of something else
                row(
                        "Sales fell in the first half of 2021, as in the second largest market.",
                        null,
                        "in the first half of 2021",
                        "2021-01-01",
                        "2021-06-30",
                        DatePrecision.YEAR),
                // two months joined in one time phrase
                row(
                        "Bolivian exports to Chile fell in October and November, the ministry said.",
                        "2023-12-10",
                        "in October and November",
                        "2023-10-01",
                        "2023-11-30",
                        DatePrecision.MONTH),
                // "this winter" in January or February is the winter under way, "last winter" the one before it
                row(
                        "This winter the ferry ran only twice a week.",
                        "2024-02-07",
                        "This winter",
                        "2023-12-01",
                        "2024-02-29",
                        DatePrecision.MONTH),
                row(
                        "Last winter the ferry ran only twice a week.",
                        "2024-02-07",
                        "Last winter",
                        "2022-12-01",
                        "2023-02-28",
                        DatePrecision.MONTH),
                row(
                        "This winter the ferry will run only twice a week.",
                        "2024-10-07",
                        "This winter",
                        "2024-12-01",
                        "2025-02-28",
                        DatePrecision.MONTH),
                // a condition in the present looks ahead: the next January
                row(
                        "If the council approves the plan in January, work could start by spring.",
                        "2024-05-24",
                        "in January",
                        "2025-01-01",
                        "2025-01-31",
                        DatePrecision.MONTH),
                row(
                        "If the council approved the plan in January, nobody noticed.",
                        "2024-05-24",
                        "in January",
                        "2024-01-01",
                        "2024-01-31",
                        DatePrecision.MONTH),
                // a year in a document's name gives way to the time the sentence tells
                row(
                        "The 1994 fisheries treaty was renewed in 2019.",
                        "2024-05-24",
                        "in 2019",
                        "2019-01-01",
                        "2019-12-31",
                        DatePrecision.YEAR),
                // an event named by its year is the sentence's time
                row(
                        "The 2018 floods destroyed the bridge.",
                        "2024-05-24",
                        "2018",
                        "2018-01-01",
                        "2018-12-31",
                        DatePrecision.YEAR),
                // a year the sentence says a thing is to happen by, or the end of a range, is a period
                row(
                        "Quito aims to export 3 million tonnes of bananas by 2030.",
                        "2024-05-24",
                        "by 2030",
                        "2030-01-01",
                        "2030-12-31",
                        DatePrecision.YEAR),
                row(
                        "The fleet trained together from 2019 to 2023.",
                        "2024-05-24",
                        "from 2019 to 2023",
                        "2019-01-01",
                        "2023-12-31",
                        DatePrecision.YEAR),
                // a document the sentence introduces is dated by its year
                row(
                        "Bolivia could sue under a 1904 border treaty with Chile.",
                        "2024-05-24",
                        "1904",
                        "1904-01-01",
                        "1904-12-31",
                        DatePrecision.YEAR),
                // a year after a time preposition tells when, whatever noun follows
                row(
                        "Lima signed in 2014 a water agreement with La Paz.",
                        "2024-05-24",
                        "in 2014",
                        "2014-01-01",
                        "2014-12-31",
                        DatePrecision.YEAR));
    }

    private static Arguments row(
            String sentence, String published, String text, String start, String end, DatePrecision precision) {
        return Arguments.of(sentence, published, text, start, end, precision);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void findsNoTimeWhereThereIsNone(String sentence) {
        assertNull(TIMES.find(sentence, LocalDate.of(2019, 1, 9)));
    }

    static Stream<Arguments> findsNoTimeWhereThereIsNone() {
        return Stream.of(
                Arguments.of("China and Russia share a border."),
                Arguments.of("Moscow cut the U.S. staff by 755 people."),
                Arguments.of("Russia sent 2000 troops to the border."),
                Arguments.of("The S-400 and the G20 are unrelated."),
                Arguments.of("Prices may fall."),
                Arguments.of("The deal cost $2015 million."),
                Arguments.of("The pipeline runs 2600-mile across the steppe."),
                Arguments.of("September was a busy month."),
                Arguments.of("The May summit will decide."),
                Arguments.of("Delegates of the June Holdings group met the council."),
                Arguments.of("The fleet sails north each summer."),
                Arguments.of("Relations are warmer than at any time since the Cold War."),
                // a year that only bounds an open stretch
                Arguments.of("Spain and Portugal traded heavily in cork before 1900."),
                Arguments.of("Banks that rushed into the market after 2010 are now retreating."),
                Arguments.of("Before the 2009 ban, fishing fleets landed twice as much cod."),
                Arguments.of("The drill bit went two metres into the rock."),
                Arguments.of("The bridge I want to discuss this morning does not exist yet."),
                // a year that names a document or a plan
                Arguments.of("The 1994 fisheries treaty still binds both fleets."),
                Arguments.of("Under the 1987 water-sharing agreement, Lima draws a third of the lake."),
                Arguments.of("Quito rejects any reference to the 2011 Hague Award."),
                Arguments.of("Oman is pouring money into its Vision 2040 projects."),
                // a year named as a target or as a plan's horizon
                Arguments.of("Traders expect volumes to pass 2 million tonnes well before the target date of 2030."),
                Arguments.of("The ministers agreed a text, although envoys had floated 2027 as a deadline."),
                Arguments.of("The leaders also signed a statement charting trade cooperation to 2035."));
    }

    /** A clause that tells a named thing's history is no period of a sentence that speaks about the present. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Oslo, which recognised the new government in 2019, has grown impatient with its ministers.",
                "The Baltic Council, set up in 2011 to settle fishing disputes, meets twice a year.",
                "The treaty, which outlived two wars after it was signed in 1962, remains suspended.",
                "Lisbon keeps a ban on the imports first imposed in 2016.",
                "Madrid will retaliate, as it did in 2018.",
                "Chile, which will host the games in 2027, said the stadium was ready."
            })
    void theHistoryOfANamedThingIsNoPeriodOfThePresent(String sentence) {
        assertNull(TIMES.find(sentence, LocalDate.of(2024, 5, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // the sentence tells a past event with no time of its own: the clause's date is all there is
                "The accord, signed in 2014, collapsed.; in 2014",
                // another period outside the clause is the sentence's
                "The accord, which was signed in 2014, was extended in 2021.; in 2021",
                "Oslo, which recognised the new government in 2019, has been silent since March.; since March",
                // a future clause in a sentence about the present keeps its time
                "Chile, which will host the games in 2027, is building a stadium.; in 2027"
            })
    void aBackdropClauseGivesWayToThePeriodOfTheSentence(String sentence, String text) {
        assertEquals(text, TIMES.find(sentence, LocalDate.of(2024, 5, 6)).text());
    }

    @Test
    void aComparisonWithThePastWithoutAPublicationDateSpeaksAboutNoTime() {
        assertNull(TIMES.find("Relations are at their warmest since 1991.", null));
        assertNull(TIMES.find("Tin traded far above the lows of the 2010s.", null));
    }

    @Test
    void listsEveryExpressionLeftToRightWithoutOverlaps() {
        List<TimeTagger.Found> found = TIMES.all(
                "In July 2017, CNPC said supplies from 2018-2024 would start in "
                        + "December 2019, about one year behind the 2010s plan.",
                null);

        assertEquals(
                List.of("In July 2017", "from 2018-2024", "in December 2019", "the 2010s"),
                found.stream().map(f -> f.period().text()).toList());
    }

    @Test
    void aWeekdayBeforeTheDateItNamesGivesWayToThatDate() {
        LocalDate published = LocalDate.of(2024, 4, 16); // a Tuesday
        TimePeriod invitation =
                TIMES.find("The forum meets on Thursday 25 April 2024 in Tallinn to discuss Baltic cables.", published);
        assertEquals("25 April 2024", invitation.text());
        assertEquals(LocalDate.of(2024, 4, 25), invitation.start());
        assertEquals(LocalDate.of(2024, 4, 25), invitation.end());
        TimePeriod american = TIMES.find("Voting ends on Friday, April 26, in every district.", published);
        assertEquals(LocalDate.of(2024, 4, 26), american.start());
        // a weekday alone still counts from the publication date
        assertEquals(
                LocalDate.of(2024, 4, 11),
                TIMES.find("The ministers met on Thursday in Riga.", published).start());
    }

    @Test
    void twoMonthsJoinedByADashAreTheStretchBetweenThem() {
        TimePeriod period = TIMES.find(
                "Port calls in Durban rose by a fifth in February–June, the authority said.", LocalDate.of(2023, 8, 2));
        assertEquals(LocalDate.of(2023, 2, 1), period.start());
        assertEquals(LocalDate.of(2023, 6, 30), period.end());
        assertEquals(DatePrecision.MONTH, period.precision());
        TimePeriod hyphen = TIMES.find("Copper output fell in March-May 2022.", null);
        assertEquals(LocalDate.of(2022, 3, 1), hyphen.start());
        assertEquals(LocalDate.of(2022, 5, 31), hyphen.end());
    }
}
