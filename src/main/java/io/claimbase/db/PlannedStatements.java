package io.claimbase.db;

import java.util.function.Predicate;

/**
 * Which statements PostgreSQL plans once and which it plans for every execution. The connections run
 * {@code plan_cache_mode=auto}: a statement the pool keeps prepared gets custom plans for its first five executions,
 * then the cached generic plan when PostgreSQL estimates it no dearer (a primary-key lookup: 0.2 ms of planning saved
 * per execution). A statement whose best plan depends on its values (filters of skewed selectivity: topics, events,
 * periods, full text, aggregates over them) is marked with {@link #perValue}: the pool does not keep it prepared, so
 * it runs as an unnamed statement, which PostgreSQL always plans for the values at hand.
 */
public final class PlannedStatements {

    private static final String PER_VALUE = "/* planned per value */ ";

    private PlannedStatements() {}

    /** The statement, marked to be planned for its values on every execution. */
    public static String perValue(String sql) {
        return PER_VALUE + sql;
    }

    /** The pool's filter of statements to keep prepared: {@code cacheable}'s, without those planned per value. */
    static Predicate<String> keptPrepared(Predicate<String> cacheable) {
        return sql -> !sql.startsWith(PER_VALUE) && cacheable.test(sql);
    }
}
