package io.claimbase.db;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Set;

/**
 * Recognises failures that mean "the database is unavailable for now" (refused or timed-out connections, a connection
 * closed or reset under a request, the server shutting down or refusing connections, a statement cancelled by
 * {@code statement_timeout}) as opposed to a bug: the former are answered 503 with {@code Retry-After}.
 */
public final class DatabaseFailures {

    /** SQLSTATEs of an unavailable or overloaded server (class 08 connection exceptions are matched by prefix). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300", // too_many_connections
            "57014"); // query_canceled (statement_timeout)

    private DatabaseFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ConnectException
                    || t instanceof ClosedConnectionException
                    || t instanceof SocketException
                    || isResetOrBrokenPipe(t)) {
                return true;
            }
            if (t instanceof PgException pg
                    && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(pg.getSqlState()))) {
                return true;
            }
            if ((t instanceof NoStackTraceThrowable || t instanceof VertxException)
                    && t.getMessage() != null
                    && (t.getMessage().equals("Timeout")
                            || t.getMessage().startsWith("Timeout waiting for connection")
                            || t.getMessage().contains("Connection refused")
                            || t.getMessage().contains("closed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection torn down by the server's side while a statement was in flight: the JDK reports "Connection reset"
     * ({@link SocketException}), Netty's native transport an {@link IOException} "Connection reset by peer" or
     * "Broken pipe".
     */
    private static boolean isResetOrBrokenPipe(Throwable t) {
        return t instanceof IOException
                && t.getMessage() != null
                && (t.getMessage().contains("Connection reset")
                        || t.getMessage().contains("Broken pipe"));
    }
}
