#!/usr/bin/env bash
# Benchmarks the read API of a running Claimbase service against the ceiling of its database, in one command:
#
#   scripts/bench-claims.sh [label]
#
# For each query of scripts/bench/queries.tsv and each number of connections in CONNECTIONS (default "8 32") it
# measures, DURATION seconds each after a short warm-up:
#   - the service with wrk: requests/s and non-2xx answers;
#   - the service with hey: p50, p99 and maximum of the raw request latencies (hey does not correct for coordinated
#     omission as wrk does, so a rare stall counts once, not for every request it delayed);
#   - pgbench on the very SQL the service sends (scripts/bench/sql/<query>.sql, kept identical to the service's SQL by
#     BenchSqlTest), sent as the service sends it (prepared once, or unnamed when planned per value) with the session
#     settings of the service's connections: the ceiling of its own SQL;
#   - pgbench on the same SQL prepared with a generic plan (planned once): what planning costs it, for reference only
#     (a generic plan misjudges skewed filters; the service plans those per value);
#   - pgbench on the best SQL found for the same rows (scripts/bench/sql/best/<query>.sql; its rows are checked to be
#     the service SQL's rows before it is timed): the ceiling of the best SQL, and service / best;
#   - EXPLAIN (ANALYZE, BUFFERS) of both, written to $OUT/plans-<label>.txt, checked for sequential scans on claim;
#   - during the wrk run, the CPU time of the service's JVM and of all PostgreSQL processes per request (from
#     /proc/<pid>/stat), and what two cores could serve at that cost if nothing else ran: 2,000 ms / (JVM + PostgreSQL
#     ms a request). Unlike req/s it hardly depends on what else runs; the load generator's own CPU comes on top.
# It prints one table (also $OUT/results-<label>.tsv) with the load average when each row was measured.
#
# Placeholders in queries.tsv and the SQL: DEEP (a cursor DEPTH pages of 200 into the deep-page query; K0/K1 its keys),
# CLAIM (a claim id in the middle of the table), AUTHOR (the slug of the author with the most articles).
#
# Environment: BASE_URL (default http://127.0.0.1:8080), DATABASE_URL or PG* for psql/pgbench (the service's
# database), DURATION (5), CONNECTIONS ("8 32"), THREADS (2), DEPTH (25), QUERIES (a regex on query names; all),
# OUT (default target/bench), SERVICE_PID (default: the process listening on the port of BASE_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:-run}
base=${BASE_URL:-http://127.0.0.1:8080}
duration=${DURATION:-5}
connection_counts=${CONNECTIONS:-8 32}
threads=${THREADS:-2}
depth=${DEPTH:-25}
only=${QUERIES:-.}
out=${OUT:-target/bench}
db=(${DATABASE_URL:+"$DATABASE_URL"})
mkdir -p "$out"
for tool in wrk hey pgbench psql curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk hey postgresql-client curl python3)" >&2; exit 2; }
done
curl -sf -o /dev/null "$base/q/health/ready" || { echo "no ready service at $base" >&2; exit 2; }
claims=$(psql "${db[@]}" -XAtc "select count(*) from claim")
plans="$out/plans-$label.txt"
results="$out/results-$label.tsv"
: > "$plans"
printf 'query\tconns\tservice req/s\tp50 ms\tp99 ms\tmax ms\tnon-2xx\tservice SQL tps\tits generic plan tps\tbest SQL tps\tservice/own SQL\tservice/best\tseq scan\tJVM CPU ms/req\tPG CPU ms/req\t2-core req/s at that cost\tload avg\n' > "$results"
started="$(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# the session settings of the service's connections (application.properties), for pgbench and EXPLAIN too
pg_options=${PG_SESSION_OPTIONS:-$(sed -n 's/^quarkus\.datasource\.reactive\.additional-properties\.\([a-z_]*\)=\([^$]*\)$/-c \1=\2/p' \
    src/main/resources/application.properties | tr '\n' ' ')}

port=${base##*:}; port=${port%%/*}
service_pid=${SERVICE_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$service_pid" ] || { echo "cannot find the service's process on port $port: set SERVICE_PID" >&2; exit 2; }
ticks() {  # CPU clock ticks (user + system) of the given processes so far
    local pid total=0
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
tick_ms=$((1000 / $(getconf CLK_TCK)))

# the placeholders' values
claim_id=$(psql "${db[@]}" -XAtc "select id from claim where id >= (select (min(id) + max(id)) / 2 from claim) order by id limit 1")
author=$(psql "${db[@]}" -XAtc "select au.slug from author au join article a on a.author_id = au.id
    group by au.slug order by count(*) desc, au.slug limit 1")
deep_path=$(awk -F'\t' '$1 == "deep-page" {print $2}' scripts/bench/queries.tsv)
cursor=""
for _ in $(seq "$depth"); do
    cursor=$(curl -sf "$base${deep_path/cursor=DEEP/limit=200}${cursor:+&cursor=$cursor}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin).get("next") or "")')
done
read -r k0 k1 < <(python3 -c '
import base64, sys
body = sys.argv[1].split(".")[0]
keys = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode().split("\x1f")[1:]
print(*keys)' "$cursor")

defines() {  # the pgbench -D options of a script's "-- params:" header, placeholders replaced
    local kv key value
    for kv in $(sed -n 's/^-- params://p' "$1"); do
        key=${kv%%=*}; value=${kv#*=}; value=${value//+/ }
        case $value in K0) value=$k0 ;; K1) value=$k1 ;; CLAIM) value=$claim_id ;; AUTHOR) value=$author ;; esac
        printf -- '-D\n%s=%s\n' "$key" "$value"
    done
}
options() {  # the session settings of a script: the service's, unless its "-- options:" header says otherwise
    local own; own=$(sed -n 's/^-- options://p' "$1")
    echo "${own:-$pg_options}"
}
psql_run() {  # psql_run SCRIPT PREFIX [psql options]: the script's SQL with its parameters as literals, after PREFIX
    local script=$1 prefix=$2; shift 2
    local -a defs vars; mapfile -t defs < <(defines "$script")
    for ((i = 1; i < ${#defs[@]}; i += 2)); do vars+=(-v "${defs[i]}"); done
    { echo "$prefix"; grep -v '^--' "$script" | sed -E "s/:(p[0-9]+)/:'\1'/g"; } \
        | PGOPTIONS="$(options "$script")" psql "${db[@]}" -X -q "${vars[@]}" -v ON_ERROR_STOP=1 "$@" -f -
}
ceiling() {  # ceiling SCRIPT CONNECTIONS [generic]: pgbench tps of the script, sent as the service sends it
    local -a defs; mapfile -t defs < <(defines "$1")
    # the service keeps statements prepared except those planned per value (db.PlannedStatements): those go unnamed
    local mode=prepared opts; opts=$(options "$1")
    grep -q '/\* planned per value \*/' "$1" && mode=extended
    # generic: prepared once and never planned again, what planning per value costs (not safe for skewed filters)
    [ "${3:-}" = generic ] && { mode=prepared; opts="$opts -c plan_cache_mode=force_generic_plan"; }
    PGOPTIONS="$opts" pgbench "${db[@]}" -n -M "$mode" -c "$2" -j "$threads" -T "$duration" \
        -f "$1" "${defs[@]}" 2>&1 | awk '/^tps/ {printf "%.0f", $3}'
}

echo "== $label: $claims claims, connections $connection_counts, ${duration}s per measurement; $started"
while IFS=$'\t' read -r name path; do
    [ -n "$name" ] && [[ $name =~ $only ]] || continue
    path=${path/DEEP/$cursor}; path=${path/CLAIM/$claim_id}; path=${path/AUTHOR/$author}
    url="$base$path"
    sql="scripts/bench/sql/$name.sql"
    best="scripts/bench/sql/best/$name.sql"
    [ -f "$best" ] || best=$sql
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$status" = 200 ] || { echo "$name: HTTP $status for $url" >&2; exit 1; }
    # the best SQL must find the same rows as the service's: the same first column in the same order
    if [ "$best" != "$sql" ] && ! diff <(psql_run "$sql" "" -At | cut -d'|' -f1) <(psql_run "$best" "" -At | cut -d'|' -f1) > /dev/null; then
        echo "$name: $best does not answer the rows of $sql" >&2; exit 1
    fi
    for plan_of in "$sql" "$best"; do
        explain=$(psql_run "$plan_of" "explain (analyze, buffers)")
        { echo "== $name ($plan_of): $path"; echo "$explain"; echo; } >> "$plans"
        [ "$plan_of" = "$best" ] && break
    done
    seq=$(grep -c "Seq Scan on claim" <(sed -n "/^== $name /,/^== /p" "$plans") || true)
    for c in $connection_counts; do
        wrk -t"$threads" -c"$c" -d2s "$url" > /dev/null
        # this database server's processes only (backends of the service's pool, writers), not other clusters'
        mapfile -t pg_pids < <(psql "${db[@]}" -XAtc "select pid from pg_stat_activity where pid <> pg_backend_pid()")
        jvm0=$(ticks "$service_pid"); pg0=$(ticks "${pg_pids[@]}")
        wrk -t"$threads" -c"$c" -d"${duration}s" "$url" > "$out/wrk-$label-$name-c$c.txt"
        jvm1=$(ticks "$service_pid"); pg1=$(ticks "${pg_pids[@]}")
        rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out/wrk-$label-$name-c$c.txt")
        requests=$(awk '/requests in/ {print $1}' "$out/wrk-$label-$name-c$c.txt")
        read -r jvm_ms pg_ms two_core < <(python3 -c "
jvm = ($jvm1 - $jvm0) * $tick_ms / $requests; pg = ($pg1 - $pg0) * $tick_ms / $requests
print('%.2f %.2f %.0f' % (jvm, pg, 2000 / (jvm + pg)))")
        errors=$(awk '/Non-2xx/ {print $NF}' "$out/wrk-$label-$name-c$c.txt"); errors=${errors:-0}
        hey -c "$c" -z "${duration}s" -o csv "$url" > "$out/hey-$label-$name-c$c.csv"
        read -r p50 p99 max < <(python3 - "$out/hey-$label-$name-c$c.csv" <<'PY'
import csv, sys
lat = sorted(float(r["response-time"]) * 1000 for r in csv.DictReader(open(sys.argv[1])))
print("%.1f %.1f %.0f" % (lat[len(lat) // 2], lat[int(len(lat) * 0.99)], lat[-1]))
PY
)
        own=$(ceiling "$sql" "$c")
        generic=$(ceiling "$sql" "$c" generic)
        top=$([ "$best" = "$sql" ] && echo "$own" || ceiling "$best" "$c")
        read -r vs_own vs_best < <(python3 -c "print('%.2f %.2f' % ($rps / $own, $rps / max($own, $top)))")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$c" "$rps" "$p50" "$p99" "$max" \
            "$errors" "$own" "$generic" "$top$([ "$best" = "$sql" ] && echo ' (same SQL)')" "$vs_own" "$vs_best" \
            "$([ "$seq" = 0 ] && echo no || echo YES)" "$jvm_ms" "$pg_ms" "$two_core" "$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
        echo "$name c=$c done"
    done
done < scripts/bench/queries.tsv

echo
echo "$label: $claims claims, $(nproc) cores, ${duration}s per measurement; $started"
echo "service req/s: wrk; p50/p99/max: hey, raw latencies; tps: pgbench (-M prepared, or -M extended for statements planned per value); service/best: against the higher of the two ceilings"
column -t -s $'\t' "$results"
echo "plans: $plans"
