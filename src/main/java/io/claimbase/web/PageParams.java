package io.claimbase.web;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * The {@code limit} and {@code cursor} of a list ({@code @BeanParam PageParams page}); {@link OpenApiConventions}
 * documents both once. For lists ordered by id alone, {@link #byId} is the whole recipe: decode the cursor, fetch one
 * row more than the page, cut the page and sign the next cursor.
 */
public class PageParams {

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    /** The page size; a 400 naming {@code limit} when it is not 1 to {@value Params#MAX_LIMIT}. */
    public int size() {
        return Params.limit(limit);
    }

    /** The cursor as given, or null for the first page; {@link Cursor#decode} checks it. */
    public String cursor() {
        return cursor;
    }

    /**
     * One page of a list ordered by id: {@code fetch} gets the id to start after (null: from the start) and the page
     * size, and returns up to one row more than the size.
     */
    public <T> Uni<Page<T>> byId(
            Cursor pages, String scope, BiFunction<Long, Integer, Uni<List<T>>> fetch, ToLongFunction<T> id) {
        int size = size();
        Long after = pages.afterId(scope, cursor);
        return fetch.apply(after, size)
                .map(rows -> pages.page(scope, rows, size, row -> List.of(String.valueOf(id.applyAsLong(row)))));
    }
}
