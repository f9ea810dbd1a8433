#!/usr/bin/env bash
# Ingest throughput (not part of CI): starts the packaged jar with its embedded PostgreSQL in a temp dir (removed
# afterwards), then for each client count in INGEST_CLIENTS (default "1 4") POSTs new articles as fast as those
# clients can for INGEST_SECONDS (default 20, after a 5 s warm-up) and prints articles/s and latencies. Then
# scripts/CommitBench.java measures bare commits/s on the embedded PostgreSQL, durable and as the tests run it
# (Durability.SCRATCH), 10 s each.
# Then batch against one at a time (scripts/BatchBench.java): BATCH_ARTICLES (default 1000) seed-length articles
# posted one at a time by each client count of INGEST_CLIENTS (BATCH_SINGLE of them if set), then BATCH_ARTICLES
# through one POST /articles/batch,
# then BATCH_LARGE (default 4 x BATCH_ARTICLES) through one batch (is the service's peak RSS flat in the batch size?);
# articles/s, words/s and the service's peak RSS for each. INGEST_SHORT=0 skips the short-text runs, INGEST_COMMITS=0
# the commit figures, BATCH_ARTICLES=0 the batch comparison, BATCH_LARGE=0 the large batch.
#   scripts/ingest-bench.sh
#   INGEST_APP=/path/to/quarkus-app scripts/ingest-bench.sh     measures another build (e.g. an older commit's)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/throwaway-service.sh
seconds="${INGEST_SECONDS:-20}"
clients="${INGEST_CLIENTS:-1 4}"
port="${INGEST_PORT:-18091}"
start_throwaway_service "$port" false
token="$(scripts/dev-token.sh editor)"
echo "ingest-bench: $jar, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${INGEST_SHORT:-1}" != 0 ]; then
    for n in $clients; do
        java scripts/IngestBench.java "http://localhost:$port" "$seconds" "$n" "$token"
    done
fi
articles="${BATCH_ARTICLES:-1000}"
if [ "$articles" -gt 0 ]; then
    # the service's own JVM (java -jar), not this script's subshell
    jvm=$(pgrep -P "$pid" java || echo "$pid")
    # its embedded PostgreSQL's postmaster (first line of postmaster.pid), for the CPU an article costs there
    export BENCH_DB_PID=$(head -1 "$data/postgres/postmaster.pid")
    for n in $clients; do
        java scripts/BatchBench.java "http://localhost:$port" "$token" "$jvm" single "$n" "${BATCH_SINGLE:-$articles}"
    done
    java scripts/BatchBench.java "http://localhost:$port" "$token" "$jvm" batch "$articles"
    large="${BATCH_LARGE:-$((4 * articles))}"
    [ "$large" -gt 0 ] && java scripts/BatchBench.java "http://localhost:$port" "$token" "$jvm" batch "$large"
fi
kill "$pid" && wait "$pid" 2>/dev/null || true
[ "${INGEST_COMMITS:-1}" = 0 ] && exit 0
java -cp "target/classes:$app/lib/main/*:$app/lib/boot/*" scripts/CommitBench.java 10 $clients 2>/dev/null \
    | grep '^commits:'
