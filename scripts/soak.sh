#!/usr/bin/env bash
# Bounded soak test (not part of CI): mixed reads and writes against the service for SOAK_SECONDS (default 180) with
# SOAK_WORKERS concurrent clients (default 8), then every acknowledged write is read back and checked. Prints
# throughput, latencies, the error count (goal: 0) and the service's resident memory (RSS) before and after.
#   scripts/soak.sh                      starts its own service (packaged jar, embedded PostgreSQL in a temp dir)
#   SOAK_URL=http://host:8080 SOAK_TOKEN=... [SOAK_PID=1234] scripts/soak.sh    soaks a service already running
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/dev-key.sh
seconds="${SOAK_SECONDS:-180}"
workers="${SOAK_WORKERS:-8}"
pid="${SOAK_PID:-}"
started_here=""
cleanup() {
    if [ -n "$started_here" ]; then
        kill "$started_here" 2>/dev/null || true
        wait "$started_here" 2>/dev/null || true
        rm -rf "$soak_data"
    fi
}
trap cleanup EXIT
if [ -z "${SOAK_URL:-}" ]; then
    jar=target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
        ./mvnw -B -q package -DskipTests
    fi
    use_dev_key_unless_configured
    soak_data=$(mktemp -d -t claimbase-soak-XXXXXX)
    port="${SOAK_PORT:-18089}"
    # the jar runs the prod profile: a throwaway cursor secret of its own, and the seeds the soak reads
    CLAIMBASE_API_CURSOR_SECRET="${CLAIMBASE_API_CURSOR_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}" \
    CLAIMBASE_SEEDS_LOAD_AT_START="${CLAIMBASE_SEEDS_LOAD_AT_START:-true}" \
    CLAIMBASE_DATA_DIR="$soak_data/postgres" QUARKUS_HTTP_PORT="$port" \
        java ${JAVA_OPTS:-} -jar "$jar" > "$soak_data/service.log" 2>&1 &
    started_here=$!
    pid=$started_here
    SOAK_URL="http://localhost:$port"
    for _ in $(seq 1 180); do
        curl -sf "$SOAK_URL/q/health/ready" > /dev/null && break
        kill -0 "$pid" 2>/dev/null || { cat "$soak_data/service.log"; exit 1; }
        sleep 1
    done
fi
token="${SOAK_TOKEN:-$(scripts/dev-token.sh editor)}"
rss() { [ -n "$pid" ] && awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status" 2>/dev/null || echo "unknown"; }
echo "soak: $SOAK_URL for ${seconds}s with $workers workers; RSS before: $(rss)"
status=0
java scripts/Soak.java "$SOAK_URL" "$seconds" "$workers" "$token" || status=$?
echo "soak: RSS after: $(rss)"
exit $status
