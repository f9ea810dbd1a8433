package io.claimbase.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to ingest: the raw text as scraped, and whatever metadata the client knows (it wins over extraction). */
@Schema(
        name = "NewArticle",
        description = "An article to ingest. Only `text` is required; given metadata wins over "
                + "what extraction finds in the text.")
public record NewArticle(
        @Schema(
                description = "The raw article text, as scraped (boilerplate is cleaned away)",
                required = true,
                examples =
                        "China and Russia are not about to form an alliance, but neither are they likely to drift apart.")
        @NotBlank
        @Size(max = NewArticle.MAX_TEXT)
        String text,

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
}
