package io.claimbase.db;

import io.vertx.mutiny.sqlclient.Tuple;

/** A SQL statement with its bound parameters ({@code $1, $2, ...}). */
public record Statement(String sql, Tuple params) {}
