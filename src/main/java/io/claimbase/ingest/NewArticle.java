package io.claimbase.ingest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to ingest: the raw text as scraped, and whatever metadata the client knows (it wins over extraction). */
@Schema(
        name = "NewArticle",
        description = "An article to ingest: exactly one of `text` (the article as plain text) and `html` (the web "
                + "page it was published on). Given metadata wins over what the page states and what extraction "
                + "finds in the text.")
public record NewArticle(
        @Schema(
                description = "The raw article text, as scraped (boilerplate is cleaned away); or give `html`",
                examples =
                        "China and Russia are not about to form an alliance, but neither are they likely to drift apart.")
        @Size(max = NewArticle.MAX_TEXT)
        String text,

        @Schema(
                description = "The article's web page, as HTML; or give `text`. Its main content is kept (navigation,"
                        + " ads, comments, sidebars and the like are dropped) and the title, author, publication date,"
                        + " outlet and canonical URL it states are read",
                examples = "<html><head><title>Partners, not allies</title><meta name=\"author\" content=\"Jane Doe\">"
                        + "</head><body><nav>Home | World</nav><article><h1>Partners, not allies</h1>"
                        + "<p>China and Russia are not about to form an alliance.</p></article></body></html>")
        @Size(max = NewArticle.MAX_HTML)
        String html,

        @Schema(examples = "China and Russia Strengthen Their Relations") @Size(max = 500)
        String title,

        @Schema(description = "The author's name", examples = "Pavel K. Baev") @Size(max = 200)
        String author,

        @Schema(description = "The author's affiliation", examples = "Brookings Institution") @Size(max = 300)
        String affiliation,

        @Schema(examples = "East Asia Forum") @Size(max = 200)
        String outlet,

        @Schema(examples = "https://example.org/2019/01/09/china-russia")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String url,

        @Schema(description = "Publication date: a year, a month or a day", examples = "2019-01-09")
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        String publishedOn) {

    public static final int MAX_TEXT = 200_000;

    /** The longest page accepted in the {@code html} field, in characters (the body limit, 1 MiB, comes first). */
    public static final int MAX_HTML = 1_048_576;

    /** This article with the text read from its page and the metadata the page states where none was given. */
    NewArticle withPage(
            String pageText, String pageTitle, String pageAuthor, String pageOutlet, String pageUrl, String pageDate) {
        return new NewArticle(
                pageText,
                html,
                given(title, clip(pageTitle, 500)),
                given(author, clip(pageAuthor, 200)),
                affiliation,
                given(outlet, clip(pageOutlet, 200)),
                given(url, pageUrl),
                given(publishedOn, pageDate));
    }

    private static String given(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max
                ? value
                : value.substring(0, max).strip();
    }
}
