-- Gives the generated articles of generate-claims.sql positions on every question, the way extraction stores them:
-- one position per article and question (a scale label with its score, or undetermined in one case of six, a
-- trend, a confidence, a short rationale) and three evidence rows pointing at the article's first claims.
-- Run through scripts/generate-positions.sh (psql variable: seed). Reproducible: the same seed gives the same rows.
-- Only articles without a position on the question get one, so it can run again after more claims were generated.
\set ON_ERROR_STOP on

select setseed(:seed) \gset

create temp table new_position as
select q.id as question_id, a.id as article_id, a.author_id, p.pick, q.scale
from question q
cross join article a
cross join lateral (select random() as pick, a.id + q.id as correlate) p
where a.extractor_version = 'bench-generator'
  and not exists (select 1 from position x where x.question_id = q.id and x.article_id = a.id);

with inserted as (
    insert into position (question_id, article_id, author_id, label, score, trend, confidence, rationale)
    select n.question_id, n.article_id, n.author_id,
           case when n.pick < 1 / 6.0 then 'undetermined'
                else n.scale -> (floor((n.pick - 1 / 6.0) * 6 / 5 * jsonb_array_length(n.scale))::int) ->> 'label' end,
           case when n.pick < 1 / 6.0 then null
                else (n.scale -> (floor((n.pick - 1 / 6.0) * 6 / 5 * jsonb_array_length(n.scale))::int) ->> 'score')::real end,
           (array['strengthening', 'stable', 'weakening', null])[1 + floor(random() * 4)::int],
           round((0.3 + random() * 0.7)::numeric, 2),
           'generated: three cues of the scale in the article''s first claims'
    from new_position n
    returning id, article_id
)
insert into position_evidence (position_id, claim_id, cue, points_to, supports, weight)
select i.id, c.id, 'strategic partnership', 'strategic-partnership', random() < 0.8,
       round((0.5 + random() * 1.5)::numeric, 2)
from inserted i join claim c on c.article_id = i.article_id and c.ordinal < 3;

analyze position;
analyze position_evidence;
select count(*) as generated_positions from position p join article a on a.id = p.article_id
where a.extractor_version = 'bench-generator';
