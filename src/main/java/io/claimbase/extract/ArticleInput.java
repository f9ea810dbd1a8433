package io.claimbase.extract;

import java.time.LocalDate;

/**
 * What a client posts: the raw text as scraped, and whatever metadata it already knows. Given metadata always wins
 * over what the extractor finds in the text; {@code null} means "not given".
 */
public record ArticleInput(String rawText, String title, String author, String outlet, LocalDate publishedOn) {

    public static ArticleInput of(String rawText) {
        return new ArticleInput(rawText, null, null, null, null);
    }
}
