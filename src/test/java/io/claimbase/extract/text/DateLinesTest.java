package io.claimbase.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.DatePrecision;
import io.claimbase.extract.text.DateLines.StatedDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "9 January 2019; 2019-01-09",
                "September 12, 2018; 2018-09-12",
                "Sept. 3, 2020; 2020-09-03",
                "Published: 21st March 2016; 2016-03-21",
                "Wednesday, 9 January 2019; 2019-01-09",
                "2021-07-16; 2021-07-16",
                "Updated on June 5, 2020 10:32 am EST; 2020-06-05",
                "Tue 4 Mar 2025 09:10 GMT; 2025-03-04",
                "Sat. 12 October 2024; 2024-10-12"
            })
    void aDateLineIsReadToTheDay(String line, String expected) {
        assertEquals(
                new StatedDate(LocalDate.parse(expected), DatePrecision.DAY),
                DateLines.parse(line).orElseThrow());
    }

    @Test
    void aMonthAndYearIsReadToTheMonth() {
        assertEquals(
                new StatedDate(LocalDate.of(2021, 6, 1), DatePrecision.MONTH),
                DateLines.parse("June 2021").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "On June 16, Putin and Biden met in Geneva.",
                "31 February 2019",
                "2019",
                "In May 2014",
                "Trade fell in 2015."
            })
    void proseAndImpossibleDatesAreNoDateLine(String line) {
        assertTrue(DateLines.parse(line).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "By Anja Lund · 14 August 2023 · 4 min read; 2023-08-14",
                "Nordic Post | Markets | Friday 3 March 2023, 09:12 CET; 2023-03-03",
                "Posted on 7 May 2022 by Tomas Berg; 2022-05-07",
                "Posted by Marit Holm on 12 February 2024 · 5 min read; 2024-02-12",
                "Written by J. Okafor on March 9, 2023; 2023-03-09",
                "Notes from a panel held in Tallinn on Monday. Published 6 June 2023.; 2023-06-06",
                "OSLO, 4 March 2023; 2023-03-04",
                "Vilnius, 18 October 2024; 2024-10-18",
                "Energy | 07.11.2024; 2024-11-07",
                "April 2, 2024 3:15 PM GMT · Updated 1 hour ago; 2024-04-02",
                "Posted 4 April 2024 by the Harbour Club newsletter team; 2024-04-04",
                "Aired 11 March 2023 · Listen again (31 min); 2023-03-11",
                "Trade Policy Circle | Workshop, 2 May 2024 | Notes published 9 May 2024; 2024-05-09",
                "Prepared by the staff of the Lakeside Forum for Regional Affairs, 21 May 2024; 2024-05-21",
                "Compiled by Ana Ruiz, 3 February 2023; 2023-02-03",
                "TROMSØ, Norway, 2 March 2023; 2023-03-02",
                "Posted on 8 June 2024 by kvarnstrom | 5 min read; 2024-06-08",
                "Posted on 8 June 2024 by @arctic_notes; 2024-06-08"
            })
    void aDateAmongOtherPartsOfAFurnitureLineIsFound(String line, String expected) {
        assertEquals(
                LocalDate.parse(expected), DateLines.find(line).orElseThrow().date());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In Oslo, 4 March 2023 was a cold day for the negotiators, who met twice.",
                "Trade fell · prices rose · 2015",
                "Markets | Energy | Opinion",
                "Posted by Marit Holm on a cold morning",
                "Prepared by the staff, who met on 3 May 2023 in Tallinn and argued for hours about the outlook",
                "The ministers met in Tallinn. Published reports put the cost at 3 May 2023 levels."
            })
    void aSentenceOrAFurnitureLineWithoutADateHasNone(String line) {
        assertTrue(DateLines.find(line).isEmpty(), line);
    }

    @Test
    void aYearLessDayAndACopyrightYearAreReadApart() {
        assertEquals(
                java.time.MonthDay.of(3, 4), DateLines.dayOfMonth("4 March").orElseThrow());
        assertEquals(
                java.time.MonthDay.of(11, 21), DateLines.dayOfMonth("Nov 21").orElseThrow());
        assertTrue(DateLines.dayOfMonth("4 March 2024").isEmpty());
        assertTrue(DateLines.dayOfMonth("on Monday").isEmpty());
        assertEquals(
                2023,
                DateLines.copyrightYear("© 2023 Harbour Press. All rights reserved.")
                        .getAsInt());
        assertEquals(2022, DateLines.copyrightYear("© Nordic Wire 2022").getAsInt());
        assertTrue(
                DateLines.copyrightYear("© Nordic Wire. All rights reserved.").isEmpty());
        assertTrue(DateLines.copyrightYear("Output rose 4 percent in 2023.").isEmpty());
    }
}
