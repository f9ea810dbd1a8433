package io.claimbase.db;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the reactive PostgreSQL pool with bounded waits, so that a database outage answers quickly instead of
 * holding requests: opening a connection gives up after {@code claimbase.db.connect-timeout}, waiting for a free
 * connection after {@code claimbase.db.acquire-timeout}, and a full wait queue refuses at once. (Statements are bounded
 * by PostgreSQL's own {@code statement_timeout}, see application.properties.) Its connections keep prepared only the
 * statements that are not {@linkplain PlannedStatements planned per value}.
 */
@Singleton
public class PoolTimeouts implements PgPoolCreator {

    private final Duration connectTimeout;
    private final Duration acquireTimeout;
    private final int maxWaitQueue;

    public PoolTimeouts(
            @ConfigProperty(name = "claimbase.db.connect-timeout", defaultValue = "3s") Duration connectTimeout,
            @ConfigProperty(name = "claimbase.db.acquire-timeout", defaultValue = "5s") Duration acquireTimeout,
            @ConfigProperty(name = "claimbase.db.max-wait-queue", defaultValue = "500") int maxWaitQueue) {
        this.connectTimeout = connectTimeout;
        this.acquireTimeout = acquireTimeout;
        this.maxWaitQueue = maxWaitQueue;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) acquireTimeout.toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(maxWaitQueue);
        List<SqlConnectOptions> servers = new ArrayList<>();
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            servers.add(options.setConnectTimeout((int) connectTimeout.toMillis())
                    .setPreparedStatementCacheSqlFilter(
                            PlannedStatements.keptPrepared(options.getPreparedStatementCacheSqlFilter())));
        }
        return PgBuilder.pool()
                .with(pool)
                .connectingTo(servers)
                .using(input.vertx())
                .build();
    }
}
