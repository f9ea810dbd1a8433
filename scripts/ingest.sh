#!/usr/bin/env bash
# Sends articles to Claimbase through the batch endpoint (POST /articles/batch) with a progress line, then prints a
# summary; exits 1 when any article was invalid or failed (each named with its file and the reason).
#   scripts/ingest.sh PATH...        files or folders (searched recursively) of .txt, .html/.htm, .json, .ndjson
#   CLAIMBASE_URL    the service (default http://localhost:8080)
#   CLAIMBASE_TOKEN  a bearer token with the role editor (default: scripts/dev-token.sh editor, for a local service)
# A .txt file is one article's text, a .html/.htm file one web page, a .json file one article object as
# POST /articles takes it, a .ndjson file one such object a line. Sending the same files again stores nothing twice
# (they come back `existing`). Needs curl and jq (installed through apt on Debian when missing and possible).
set -euo pipefail
if [ $# -eq 0 ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
for tool in curl jq; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null 2>&1; }; then
            echo "ingest.sh: installing $tool (Debian package $tool)" >&2
            sudo=""
            [ "$(id -u)" -eq 0 ] || sudo="sudo"
            $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$tool" >/dev/null
        else
            echo "ingest.sh: $tool is needed; install it (e.g. apt-get install $tool) and run again" >&2
            exit 2
        fi
    fi
done
url="${CLAIMBASE_URL:-http://localhost:8080}"
token="${CLAIMBASE_TOKEN:-}"
if [ -z "$token" ]; then
    token="$("$(dirname "$0")/dev-token.sh" editor)"
fi
work=$(mktemp -d -t claimbase-ingest-XXXXXX)
trap 'rm -rf "$work"' EXIT
batch="$work/batch.ndjson" sources="$work/sources" results="$work/results.ndjson" local_problems="$work/local"
: > "$batch"; : > "$sources"; : > "$local_problems"

# 1. one NDJSON line per article, and beside it (same line number) the file it came from
find "$@" -type f \( -iname '*.txt' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.json' -o -iname '*.ndjson' \) \
    -print0 | sort -z | while IFS= read -r -d '' file; do
    case "${file,,}" in
        *.txt) jq -Rsc '{text: .}' "$file" >> "$batch" && echo "$file" >> "$sources" ;;
        *.html | *.htm) jq -Rsc '{html: .}' "$file" >> "$batch" && echo "$file" >> "$sources" ;;
        *.json)
            if line=$(jq -ec 'if type == "object" then . else error("not a JSON object") end' "$file" 2>&1) \
                && [ "$(printf '%s\n' "$line" | wc -l)" -eq 1 ]; then
                printf '%s\n' "$line" >> "$batch" && echo "$file" >> "$sources"
            else
                printf '%s\t%s\n' "$file" "not one JSON object: ${line//$'\n'/ }" >> "$local_problems"
            fi ;;
        *.ndjson)
            n=0
            while IFS= read -r line || [ -n "$line" ]; do
                n=$((n + 1))
                [ -z "${line//[[:space:]]/}" ] && continue
                printf '%s\n' "$line" >> "$batch" && echo "$file:$n" >> "$sources"
            done < "$file" ;;
    esac
done
total=$(wc -l < "$sources")
if [ "$total" -eq 0 ] && [ ! -s "$local_problems" ]; then
    echo "ingest.sh: no .txt, .html, .json or .ndjson files in $*" >&2
    exit 2
fi

# 2. send them as one streamed request; the answers come back one a line, in order, as each article is stored
status=0
if [ "$total" -gt 0 ]; then
    tty=0
    [ -t 2 ] && tty=1
    curl -sS -N --fail-with-body -X POST -T "$batch" -H 'Content-Type: application/x-ndjson' \
        -H 'Accept: application/x-ndjson' -H "Authorization: Bearer $token" "$url/articles/batch" \
        | tee "$results" \
        | awk -v total="$total" -v tty="$tty" '
            function now() { srand(); return srand() }
            BEGIN { start = now() }
            /"status":"created"/ { c++ } /"status":"existing"/ { e++ } /"status":"(invalid|failed)"/ { i++ }
            {
                done = c + e + i; t = now() - start; rate = t > 0 ? done / t : 0
                eta = rate > 0 ? int((total - done) / rate) : 0; w = int(30 * done / total)
                bar = sprintf("%" w "s", ""); gsub(/ /, "#", bar)
                line = sprintf("[%-30s] %d/%d  %.1f articles/s  ETA %dm%02ds  created %d  existing %d  invalid %d",
                               bar, done, total, rate, eta / 60, eta % 60, c, e, i)
                if (tty) printf "\r%s", line > "/dev/stderr"
                else if (done % 100 == 0 || done == total) print line > "/dev/stderr"
            }
            END { if (tty) print "" > "/dev/stderr" }' \
        || status=$?
    if [ "$status" -ne 0 ]; then
        echo "ingest.sh: the batch request failed (curl/awk exit $status): $(tail -c 600 "$results")" >&2
    fi
fi

# 3. the summary, and every article that was not stored with its file and reason
jq -r 'select(.status != null) | [.line, .status, (.problem.detail // "")] | @tsv' "$results" 2>/dev/null \
    > "$work/summary" || true
created=$(awk -F'\t' '$2 == "created"' "$work/summary" | wc -l)
existing=$(awk -F'\t' '$2 == "existing"' "$work/summary" | wc -l)
invalid=$(( $(awk -F'\t' '$2 == "invalid" || $2 == "failed"' "$work/summary" | wc -l) + $(wc -l < "$local_problems") ))
answered=$(wc -l < "$work/summary")
echo "ingest.sh: $total article(s) sent: $created created, $existing existing, $invalid invalid" \
    "($(wc -l < "$local_problems") refused before sending)"
awk -F'\t' 'NR == FNR { source[NR] = $0; next } $2 == "invalid" || $2 == "failed" {
    printf "  %s: %s (%s)\n", source[$1], $3, $2 }' "$sources" "$work/summary"
awk -F'\t' '{ printf "  %s: %s (invalid)\n", $1, $2 }' "$local_problems"
if [ "$answered" -lt "$total" ]; then
    echo "ingest.sh: only $answered of $total articles were answered; send the same files again to finish" >&2
    exit 1
fi
[ "$invalid" -eq 0 ] && [ "$status" -eq 0 ]
