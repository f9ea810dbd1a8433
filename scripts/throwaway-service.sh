# Sourced by ingest-bench.sh and ingest-export.sh: the packaged jar (INGEST_APP, default target/quarkus-app, built
# when missing or older than the sources) started on PORT with a fresh embedded PostgreSQL in a temp dir that is
# removed on exit; the prod profile with a throwaway cursor secret of its own and the development token key.
#   start_throwaway_service PORT LOAD_SEEDS(true|false)    sets pid, data (the temp dir), app and jar; waits until ready
. scripts/dev-key.sh

start_throwaway_service() {
    local port=$1 seeds=$2
    app="${INGEST_APP:-target/quarkus-app}"
    jar="$app/quarkus-run.jar"
    if [ -z "${INGEST_APP:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; }; then
        ./mvnw -B -q package -DskipTests
    fi
    use_dev_key_unless_configured
    data=$(mktemp -d -t claimbase-throwaway-XXXXXX)
    CLAIMBASE_API_CURSOR_SECRET="${CLAIMBASE_API_CURSOR_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}" \
    CLAIMBASE_DATA_DIR="$data/postgres" CLAIMBASE_SEEDS_LOAD_AT_START="$seeds" QUARKUS_HTTP_PORT="$port" \
        java ${JAVA_OPTS:-} -jar "$jar" > "$data/service.log" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
    for _ in $(seq 1 180); do
        curl -sf "http://localhost:$port/q/health/ready" > /dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$data/service.log"; exit 1; }
        sleep 1
    done
    echo "the service did not become ready in 180 s" >&2
    exit 1
}
