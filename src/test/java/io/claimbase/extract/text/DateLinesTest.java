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
                "9 January 2019; 2019-01-09", "September 12, 2018; 2018-09-12", "Sept. 3, 2020; 2020-09-03",
                "Published: 21st March 2016; 2016-03-21", "Wednesday, 9 January 2019; 2019-01-09",
                        "2021-07-16; 2021-07-16",
                "Updated on June 5, 2020 10:32 am EST; 2020-06-05"
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
}
