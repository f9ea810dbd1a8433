package io.claimbase.extract;

import io.claimbase.extract.text.DateLines.StatedDate;
import io.claimbase.extract.text.RawLine;
import io.claimbase.extract.text.TextShapes;
import java.util.List;

/**
 * One pass of {@link MetadataFinder} over one article: the lines, which of them are already dropped or taken as
 * metadata ({@code remove}), where the body starts, and what the readers found so far. Not shared between threads.
 */
final class MetadataScan {

    private static final int MIN_BODY_WORDS = 8;

    final List<RawLine> lines;
    final boolean[] remove;
    final int firstBody;
    private final boolean[] drop;
    String title;
    String author;
    String affiliation;
    StatedDate date;
    int bylineLine = -1;

    MetadataScan(List<RawLine> lines, boolean[] drop) {
        this.lines = lines;
        this.drop = drop;
        this.remove = new boolean[lines.size()];
        int body = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (isContent(i) && isBody(lines.get(i))) {
                body = i;
                break;
            }
        }
        this.firstBody = body;
    }

    int size() {
        return lines.size();
    }

    /** Neither dropped by the cleaner nor taken as metadata. */
    boolean isContent(int i) {
        return !drop[i] && !remove[i];
    }

    String text(int i) {
        return lines.get(i).text();
    }

    private static boolean isBody(RawLine line) {
        return !line.bullet()
                && TextShapes.endsLikeSentence(line.text())
                && TextShapes.wordCount(line.text()) >= MIN_BODY_WORDS;
    }
}
