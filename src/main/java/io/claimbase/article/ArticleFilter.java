package io.claimbase.article;

import java.time.LocalDate;

/**
 * Filters of {@code GET /articles}; null means "any". Dates are exclusive bounds on the publication date.
 *
 * @param author an author id or slug
 */
public record ArticleFilter(
        String author, String outlet, LocalDate publishedAfter, LocalDate publishedBefore, String q) {}
