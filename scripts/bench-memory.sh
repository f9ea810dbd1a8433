#!/usr/bin/env bash
# Memory benchmark of the two aggregate reads (GET /claims/contrasts and GET /questions/{slug}/positions) on a
# running Claimbase service: for each, CONCURRENCY concurrent clients (hey) for DURATION seconds; prints requests/s,
# the error count (non-200 answers and failed requests), raw p50/p99 (hey measures each request from its own send,
# so these are NOT corrected for coordinated omission: a stall shows in the max, and in fewer requests) and the
# service's peak RSS while the load ran, and with PREVIOUS=<an earlier results file> the ratio p99 now/previous.
#
#   scripts/bench-memory.sh [label]
#
# Environment: BASE_URL (default http://127.0.0.1:8080), DURATION (20), CONCURRENCY (20), TOPIC (trade),
# QUESTION (china-russia-alignment), SERVICE_PID (default: the process listening on BASE_URL's port),
# OUT (target/bench), PREVIOUS. The service is meant to run with the production heap (JAVA_OPTS as in k8s:
# -XX:MaxRAM=512m -XX:MaxRAMPercentage=50, a heap of at most 256 MiB) over data of scripts/generate-claims.sh and
# scripts/generate-positions.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:-run}
base=${BASE_URL:-http://127.0.0.1:8080}
duration=${DURATION:-20}
concurrency=${CONCURRENCY:-20}
topic=${TOPIC:-trade}
question=${QUESTION:-china-russia-alignment}
out=${OUT:-target/bench}
mkdir -p "$out"
for tool in hey curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y hey curl python3)" >&2; exit 2; }
done
port=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(p.port or 80)' "$base")
pid=${SERVICE_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$pid" ] || { echo "no process listens on port $port; set SERVICE_PID" >&2; exit 2; }
results="$out/memory-$label.tsv"
printf 'endpoint\treq/s\terrors\tp50 ms\tp99 ms (raw)\tmax ms\tpeak RSS MB\tp99/previous\n' > "$results"

run() {  # name path
    local name=$1 path=$2
    curl -s -o /dev/null -m 60 "$base$path" || true   # warm-up
    echo 0 > "$out/.rss"
    ( peak=0; while kill -0 "$pid" 2>/dev/null; do
          rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status"); [ "${rss:-0}" -gt "$peak" ] && peak=$rss
          echo "$peak" > "$out/.rss.tmp" && mv "$out/.rss.tmp" "$out/.rss"; sleep 0.2; done ) &
    local sampler=$!
    hey -z "${duration}s" -c "$concurrency" -t 60 -o csv "$base$path" > "$out/hey-$label-$name.csv" || true
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    local rss_mb=$(( $(cat "$out/.rss") / 1024 ))
    python3 - "$out/hey-$label-$name.csv" "$duration" "$name" "$rss_mb" "${PREVIOUS:-}" >> "$results" <<'PY'
import csv, sys
path, duration, name, rss, previous = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = list(csv.DictReader(open(path)))
lat = sorted(float(r["response-time"]) * 1000 for r in rows)
errors = sum(1 for r in rows if r["status-code"] != "200")
p = lambda q: lat[min(len(lat) - 1, int(len(lat) * q))] if lat else float("nan")
ratio = "-"
if previous:
    for line in open(previous):
        cells = line.rstrip("\n").split("\t")
        if cells[0] == name:
            ratio = "%.2f" % (p(0.99) / float(cells[4]))
print("%s\t%.1f\t%d\t%.1f\t%.1f\t%.1f\t%s\t%s" % (name, len(rows) / duration, errors, p(0.5), p(0.99), lat[-1] if lat else float("nan"), rss, ratio))
PY
    echo "$name done" >&2
}

run contrasts "/claims/contrasts?topic=$topic&limit=50"
run positions "/questions/$question/positions?limit=50"
rm -f "$out/.rss"
echo
echo "$label — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $concurrency concurrent, ${duration}s each, service pid $pid (RSS of /proc/PID/status)"
column -t -s $'\t' "$results"
echo "results: $results"
