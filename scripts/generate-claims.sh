#!/usr/bin/env bash
# Fills the database of a Claimbase service with generated claims, up to N in total (default 100000), 40 per article,
# with distributions like extraction output (weighted topics and actors, event types on ~30% of claims, periods
# skewed to recent years, hedged/negated/reported shares). Reproducible: same seed, same rows.
#
#   scripts/generate-claims.sh 1000000                       # against $DATABASE_URL or the PG* variables
#   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/claimbase_bench scripts/generate-claims.sh 100000
#
# Run it against the database the service uses (the service must have started once, so Flyway created the schema).
# Remove generated rows with:  psql "$DATABASE_URL" -c "delete from article where extractor_version = 'bench-generator'"
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-100000}
seed=${SEED:-0.42}
[[ "$target" =~ ^[0-9]+$ ]] || { echo "usage: $0 N (claims wanted in total)" >&2; exit 2; }
start=$(date +%s)
psql ${DATABASE_URL:+"$DATABASE_URL"} -X -q -1 -v target="$target" -v seed="$seed" -f sql/generate-claims.sql
echo "done in $(( $(date +%s) - start )) s"
