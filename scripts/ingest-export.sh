#!/usr/bin/env bash
# The stored result of ingest, for comparing two builds (not part of CI): starts the packaged jar with a fresh
# embedded PostgreSQL (seeds loaded), posts ARTICLES (default 1000) generated articles through POST /articles/batch
# (article i is seed i mod 5 with its paragraphs rotated by i div 5, and a numbered reference line: the same texts on
# every run), then writes every stored row that ingest produced — articles, claims, positions, their evidence and the
# claims' direction readings — keyed by content hash and claim ordinal (never by generated ids), sorted, to OUT.
#   scripts/ingest-export.sh OUT
#   INGEST_APP=/path/to/quarkus-app scripts/ingest-export.sh before.tsv     another build (e.g. an older commit's)
# Then `diff before.tsv after.tsv` (or compare the sha256sum) tells whether two builds store the same thing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/throwaway-service.sh
out=$(realpath -m "${1:?usage: scripts/ingest-export.sh OUT}")
articles="${ARTICLES:-1000}"
port="${INGEST_PORT:-18092}"
start_throwaway_service "$port" true
python3 - "$articles" seeds/0*.txt > "$data/articles.ndjson" <<'PY'
import json, sys
count, seeds = int(sys.argv[1]), [open(f, encoding="utf-8").read() for f in sys.argv[2:]]
for i in range(count):
    paragraphs = [p for p in seeds[i % len(seeds)].split("\n\n") if p.strip()]
    k = (i // len(seeds)) % len(paragraphs)
    text = "\n\n".join(paragraphs[k:] + paragraphs[:k]) + "\n\nReference %05d was filed today.\n" % i
    print(json.dumps({"text": text}))
PY
curl -sf -X POST "http://localhost:$port/articles/batch" -H "Authorization: Bearer $(scripts/dev-token.sh editor)" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$data/articles.ndjson" \
    | python3 -c 'import collections, json, sys; print("ingest-export:", dict(collections.Counter(json.loads(l).get("status") for l in sys.stdin if l.strip())))'
db=(psql -X -q -A -t -v ON_ERROR_STOP=1 -F $'\t' -h localhost -U postgres -p "$(sed -n 4p "$data/postgres/postmaster.pid")" -d claimbase)
"${db[@]}" > "$out" <<'SQL'
select 'article', a.content_hash, a.title, au.name, a.outlet, a.published_on, a.published_precision, a.word_count,
       a.extractor_version, md5(a.body)
from article a left join author au on au.id = a.author_id order by 2;
select 'claim', a.content_hash, c.ordinal, c.text, c.span_start, c.span_end, c.quote_prefix, c.quote_suffix, c.kind,
       c.attribution, c.attributed_to, c.certainty, c.topics, c.topic_paths, c.event_type, c.actors, c.time_text,
       c.time_start, c.time_end, c.time_precision, c.time_resolved, c.time_inferred_from, c.figures, c.confidence,
       au.name
from claim c join article a on a.id = c.article_id left join author au on au.id = c.author_id order by 2, 3;
select 'position', a.content_hash, q.slug, p.label, p.score, p.trend, p.confidence, p.rationale, p.curated,
       p.question_version, au.name
from position p join article a on a.id = p.article_id join question q on q.id = p.question_id
left join author au on au.id = p.author_id order by 2, 3;
select 'evidence', a.content_hash, q.slug, c.ordinal, e.cue, e.points_to, e.supports, e.weight
from position_evidence e join position p on p.id = e.position_id join question q on q.id = p.question_id
join claim c on c.id = e.claim_id join article a on a.id = c.article_id order by 2, 3, 4;
select 'direction', a.content_hash, c.ordinal, d.subject, d.direction, d.cue, w.name, d.topic_paths, d.actors,
       d.time_start, d.time_end
from claim_direction d left join author w on w.id = d.writer join claim c on c.id = d.claim_id join article a on a.id = c.article_id order by 2, 3, 4;
SQL
echo "ingest-export: $(awk -F'\t' '$1 ~ /^(article|claim|position|evidence|direction)$/ {print $1}' "$out" | sort | uniq -c | tr -s ' \n' ' ')-> $out (sha256 $(sha256sum < "$out" | cut -c1-16))"
