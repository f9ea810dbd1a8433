package io.claimbase.extract.html;

import java.time.LocalDate;

/**
 * What {@link HtmlReader} read from a web page: the decoded page itself (kept so the article can be read again), the
 * main content as plain text with one blank line between paragraphs, and the metadata the page states ({@code null}
 * where it states none).
 */
public record HtmlArticle(
        String html,
        String text,
        String title,
        String author,
        String outlet,
        LocalDate publishedOn,
        String canonicalUrl) {}
