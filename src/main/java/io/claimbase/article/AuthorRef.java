package io.claimbase.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as lists show them, beside an article, a claim or a position. */
@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(examples = "2") long id,
        @Schema(examples = "Pavel K Baev") String name,
        @Schema(examples = "pavel-k-baev") String slug) {}
