package io.claimbase.db;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a WHERE clause from conditions whose values are always bound parameters ({@code $1, $2, ...}), never
 * concatenated: each condition is written with {@code ?} where its value goes.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition} with each {@code ?} bound to the next of {@code args}; skipped when the value is null. */
    public SqlFilter and(String condition, Object value) {
        if (value != null) {
            conditions.add(bind(condition, value));
        }
        return this;
    }

    /** Adds a condition that has no value. */
    public SqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Binds one more value and answers its placeholder ($n), for ORDER BY/LIMIT parts. */
    public String param(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Tuple tuple() {
        return Tuple.tuple(values);
    }

    private String bind(String condition, Object value) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '?') {
                sql.append(param(value));
            } else {
                sql.append(c);
            }
        }
        return sql.toString();
    }
}
