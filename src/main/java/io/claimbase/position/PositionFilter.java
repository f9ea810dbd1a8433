package io.claimbase.position;

import java.time.LocalDate;

/** Filters on stored positions; null means "any". {@code author} is an author id or slug. */
record PositionFilter(
        String question,
        Long articleId,
        String author,
        LocalDate publishedAfter,
        LocalDate publishedBefore,
        String label,
        Double minConfidence) {

    static PositionFilter ofArticle(long articleId) {
        return new PositionFilter(null, articleId, null, null, null, null, null);
    }

    static PositionFilter ofAuthor(long authorId) {
        return new PositionFilter(null, null, String.valueOf(authorId), null, null, null, null);
    }
}
