package io.claimbase.author;

import io.claimbase.article.ArticleView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author, with how many articles they wrote (and, for one author, which). */
@Schema(name = "Author")
public record AuthorView(
        @Schema(examples = "2") long id,
        @Schema(examples = "Pavel K Baev") String name,
        @Schema(examples = "pavel-k-baev") String slug,

        @Schema(examples = "Peace Research Institute Oslo", nullable = true)
        String affiliation,

        @Schema(examples = "1") long articleCount,

        @Schema(description = "The author's articles (only on GET /authors/{id})", nullable = true)
        List<ArticleView> articles) {}
