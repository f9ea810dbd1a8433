#!/usr/bin/env bash
# Gives the articles made by scripts/generate-claims.sh a position on every question, with three evidence claims
# each (scripts/sql/generate-positions.sql), so that GET /questions/{slug}/positions has an author per 50 articles
# with ~50 articles each to aggregate. Run it after generate-claims.sh, against the same database:
#
#   DATABASE_URL=postgresql://postgres@127.0.0.1:55432/claimbase scripts/generate-positions.sh
#
# Generated positions go with their articles: delete from article where extractor_version = 'bench-generator'
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
psql ${DATABASE_URL:+"$DATABASE_URL"} -X -q -1 -v seed="${SEED:-0.42}" -f sql/generate-positions.sql
echo "done in $(( $(date +%s) - start )) s"
