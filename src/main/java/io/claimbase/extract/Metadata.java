package io.claimbase.extract;

import java.time.LocalDate;

/** Title, byline and date of an article; any field may be {@code null} when neither the client nor the text says. */
public record Metadata(
        String title,
        String author,
        String affiliation,
        String outlet,
        LocalDate publishedOn,
        DatePrecision publishedPrecision) {}
