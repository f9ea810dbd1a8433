#!/usr/bin/env bash
# Benchmarks the claims query API of a running Claimbase service against the ceiling of its database.
#
#   scripts/bench-claims.sh [label]
#
# For each query of scripts/bench/queries.tsv (the energy-deals query, topic+actor+after, full text, facets, a deep
# page via cursor) it runs, for DURATION seconds each after a short warm-up:
#   - wrk against the service with CONNECTIONS connections: requests/s, p50, p99, non-2xx answers;
#   - pgbench with the very same SQL (scripts/bench/sql/*.sql, kept identical to the service's SQL by BenchSqlTest)
#     over the same number of connections, prepared like the service's statements: the database ceiling (tps, p50, p99);
#   - the ratio service/ceiling, and the service's peak RSS while wrk ran;
#   - EXPLAIN (ANALYZE, BUFFERS) of the SQL, written to $OUT/plans-<label>.txt, checked for sequential scans on claim.
#
# Environment: BASE_URL (default http://127.0.0.1:8080), DATABASE_URL or PG* for psql/pgbench (the service's
# database), DURATION (5), CONNECTIONS (32), THREADS (2), DEPTH (25: pages of 200 walked for the deep cursor),
# SERVICE_PID (default: the process listening on BASE_URL's port), OUT (default target/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:-run}
base=${BASE_URL:-http://127.0.0.1:8080}
duration=${DURATION:-5}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
depth=${DEPTH:-25}
out=${OUT:-target/bench}
db=(${DATABASE_URL:+"$DATABASE_URL"})
mkdir -p "$out"
for tool in wrk pgbench psql curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk postgresql-client curl python3)" >&2; exit 2; }
done
port=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(p.port or 80)' "$base")
pid=${SERVICE_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$pid" ] || { echo "no process listens on port $port; set SERVICE_PID" >&2; exit 2; }
claims=$(psql "${db[@]}" -XAtc "select count(*) from claim")
plans="$out/plans-$label.txt"
results="$out/results-$label.tsv"
: > "$plans"
printf 'query\tservice req/s\tp50 ms\tp99 ms\tnon-2xx\tdb tps\tdb p50 ms\tdb p99 ms\tservice/db\tpeak RSS MB\tseq scan on claim\n' > "$results"

# the session settings the service's connections use (application.properties), for pgbench and EXPLAIN too
pg_options=${PG_SESSION_OPTIONS:-"-c plan_cache_mode=force_custom_plan -c jit=off -c work_mem=16MB"}

# a cursor DEPTH pages of 200 deep into the deep-page query; its keys are the cursor's payload
deep_path=$(awk -F'\t' '$1 == "deep-page" {print $2}' scripts/bench/queries.tsv)
cursor=""
for _ in $(seq "$depth"); do
    cursor=$(curl -sf "$base${deep_path/cursor=DEEP/limit=200}${cursor:+&cursor=$cursor}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin).get("next") or "")')
done
read -r cursor_k0 cursor_k1 < <(python3 -c '
import base64, sys
body = sys.argv[1].split(".")[0]
keys = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode().split("\x1f")[1:]
print(*keys)' "$cursor")

percentiles() {  # pgbench per-transaction logs -> "p50 p99" in ms
    python3 - "$@" <<'PY'
import sys
lat = sorted(int(line.split()[2]) for f in sys.argv[1:] for line in open(f))
print("%.2f %.2f" % (lat[len(lat) // 2] / 1000, lat[int(len(lat) * 0.99)] / 1000) if lat else "- -")
PY
}

echo "== $label: $claims claims, $connections connections, ${duration}s per query, service pid $pid"
while IFS=$'\t' read -r name path; do
    [ -n "$name" ] || continue
    url="$base${path/DEEP/$cursor}"
    sql="scripts/bench/sql/$name.sql"
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$status" = 200 ] || { echo "$name: HTTP $status for $url" >&2; exit 1; }

    wrk -t"$threads" -c"$connections" -d2s "$url" > /dev/null
    echo 0 > "$out/.rss"
    ( peak=0; while kill -0 "$pid" 2>/dev/null; do
          rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status"); [ "${rss:-0}" -gt "$peak" ] && peak=$rss
          echo "$peak" > "$out/.rss.tmp" && mv "$out/.rss.tmp" "$out/.rss"; sleep 0.2; done ) &
    sampler=$!
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url" > "$out/wrk-$label-$name.txt"
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    read -r rps p50 p99 errors < <(python3 - "$out/wrk-$label-$name.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(rps, "%.2f" % p50, "%.2f" % p99, bad.group(1) if bad else 0)
PY
)
    rss_mb=$(( $(cat "$out/.rss") / 1024 ))

    # the database ceiling: the same statement, prepared, over the same number of connections
    defs=()
    for kv in $(sed -n 's/^-- params://p' "$sql"); do
        key=${kv%%=*}; value=${kv#*=}; value=${value//+/ }
        defs+=(-D "$key=$value")
    done
    if grep -q '^-- cursor:' "$sql"; then
        for kv in $(sed -n 's/^-- cursor://p' "$sql"); do
            key=${kv#*=}
            [ "${kv%%=*}" = k0 ] && defs+=(-D "$key=$cursor_k0") || defs+=(-D "$key=$cursor_k1")
        done
    fi
    logs=$(mktemp -d)
    (cd "$logs" && PGOPTIONS="$pg_options" pgbench "${db[@]}" -n -M prepared -c "$connections" -j "$threads" -T "$duration" -l \
        -f "$OLDPWD/$sql" "${defs[@]}" > pgbench.txt 2>&1) || { cat "$logs/pgbench.txt" >&2; exit 1; }
    tps=$(awk '/^tps/ {printf "%.0f", $3}' "$logs/pgbench.txt")
    read -r db50 db99 < <(percentiles "$logs"/pgbench_log.*)
    rm -rf "$logs"

    # the plan, with the parameters as literals
    vars=()
    for ((i = 0; i < ${#defs[@]}; i += 2)); do vars+=(-v "${defs[i+1]}"); done
    explain=$( { echo "explain (analyze, buffers)"; grep -v '^--' "$sql" | sed -E "s/:(p[0-9]+)/:'\1'/g"; } \
        | PGOPTIONS="$pg_options" psql "${db[@]}" -X "${vars[@]}" -f - )
    { echo "== $name: $url"; echo "$explain"; echo; } >> "$plans"
    seq=$(grep -c 'Seq Scan on claim' <<< "$explain" || true)
    ratio=$(python3 -c "print('%.2f' % ($rps / $tps))")
    printf '%s\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$tps" "$db50" \
        "$db99" "$ratio" "$rss_mb" "$([ "$seq" = 0 ] && echo no || echo YES)" >> "$results"
    echo "$name done"
done < scripts/bench/queries.tsv
rm -f "$out/.rss"

echo
echo "$label — $claims claims, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $connections connections, ${duration}s per query"
column -t -s $'\t' "$results"
echo "plans: $plans"
