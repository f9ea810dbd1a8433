package io.claimbase.position;

import io.claimbase.position.PositionViews.AuthorPosition;
import io.claimbase.web.Cursor;
import io.claimbase.web.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Pages over rows aggregated in memory (a few per author): the cursor names the last row's key, and the next page
 * starts after that row. If that row is gone (the data changed between the pages), the listing starts again from
 * the top rather than skip rows.
 */
final class RowPages {

    private final Cursor cursor;

    RowPages(Cursor cursor) {
        this.cursor = cursor;
    }

    static String key(AuthorPosition row) {
        return row.question() + "|" + (row.author() == null ? "article:" + row.latest().article().id()
                : "author:" + row.author().id());
    }

    <T> Page<T> page(String scope, List<T> rows, int size, String cursorValue, Function<T, String> key) {
        int from = 0;
        if (cursorValue != null) {
            String last = cursor.decode(scope, cursorValue, 1).get(0);
            for (int i = 0; i < rows.size(); i++) {
                if (key.apply(rows.get(i)).equals(last)) {
                    from = i + 1;
                    break;
                }
            }
        }
        return cursor.page(scope, rows.subList(Math.min(from, rows.size()), rows.size()), size,
                row -> List.of(key.apply(row)));
    }
}
