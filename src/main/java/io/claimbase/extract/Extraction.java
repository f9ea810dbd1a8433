package io.claimbase.extract;

import java.util.List;

/**
 * Everything the pipeline found in one article: the cleaned body that all spans point into, the metadata (given or
 * found), the claims in reading order and the positions on the assessment questions the article addresses.
 */
public record Extraction(
        String extractorVersion,
        String cleanedText,
        Metadata metadata,
        int wordCount,
        List<ExtractedClaim> claims,
        List<ExtractedPosition> positions) {}
