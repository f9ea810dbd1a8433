-- Fills a Claimbase database with generated articles and claims whose distributions look like extraction output.
-- Run through scripts/generate-claims.sh (psql variables: target = claims wanted in total, seed = random seed).
-- Reproducible: the same seed and target give the same rows. Generated rows are recognisable by
-- article.extractor_version = 'bench-generator' and can be removed with: delete from article where extractor_version = 'bench-generator'
\set ON_ERROR_STOP on


select setseed(:seed) \gset

-- how many claims to add: up to :target generated claims in total, 40 claims per article
select greatest(0, :target - (select count(*) from claim c join article a on a.id = c.article_id
                              where a.extractor_version = 'bench-generator')) as missing \gset
select ceil(:missing / 40.0)::int as new_articles \gset
select coalesce(max(id), 0) as last_article from article \gset
\echo adding :new_articles articles with 40 claims each (:missing claims wanted)

-- vocabulary, weighted by repetition: frequent values appear more often in the arrays picked from
create temp table vocab as
select
    -- topics (most specific ids), weighted like commentary on international relations
    array(select t from (values ('geopolitics.alignment', 14), ('diplomacy', 12), ('energy.gas', 9), ('energy.oil', 6),
            ('energy', 4), ('trade', 10), ('finance', 6), ('sanctions', 7), ('military', 5), ('military.exercises', 4),
            ('military.arms', 4), ('military.conflict', 6), ('nuclear', 3), ('cyber', 2), ('arctic', 2),
            ('infrastructure', 4), ('technology', 4), ('politics', 8), ('migration', 2), ('geopolitics', 8)) v(t, w),
          generate_series(1, w)) as topics,
    array[null, null, null, null, null, null, null, null, null, null, null, null, null, 'deal', 'deal', 'summit',
          'visit', 'sanction', 'exercise', 'conflict'] as events,
    array(select i from (values (1, 30), (2, 28), (3, 16), (4, 5), (5, 5), (6, 4), (7, 6), (8, 4), (9, 3), (10, 3),
            (11, 2), (12, 2), (13, 2), (14, 2), (15, 2), (16, 2), (17, 2), (18, 2), (19, 2), (20, 1), (21, 1),
            (22, 1), (23, 1), (24, 1), (25, 1), (26, 1), (27, 2), (28, 1)) v(i, w), generate_series(1, w)) as actor_picks,
    array['china', 'russia', 'united-states', 'european-union', 'india', 'japan', 'vladimir-putin', 'xi-jinping',
          'ukraine', 'north-korea', 'iran', 'turkey', 'kazakhstan', 'mongolia', 'gazprom', 'cnpc', 'rosneft',
          'novatek', 'nato', 'sco', 'brics', 'united-nations', 'germany', 'south-korea', 'saudi-arabia', 'opec',
          'donald-trump', 'belt-and-road'] as actor_ids,
    array['China', 'Russia', 'the United States', 'the European Union', 'India', 'Japan', 'Vladimir Putin',
          'Xi Jinping', 'Ukraine', 'North Korea', 'Iran', 'Turkey', 'Kazakhstan', 'Mongolia', 'Gazprom', 'CNPC',
          'Rosneft', 'Novatek', 'NATO', 'the SCO', 'the BRICS group', 'the United Nations', 'Germany',
          'South Korea', 'Saudi Arabia', 'OPEC', 'Donald Trump', 'the Belt and Road Initiative'] as actor_names,
    array['expanded cooperation with', 'warned', 'criticised', 'held talks with', 'competes with',
          'relies increasingly on', 'sought closer ties with', 'distanced itself from', 'lent billions to',
          'courted', 'pressed'] as verbs,
    '{"deal": "reached a deal with", "summit": "held a summit with", "visit": "hosted a delegation from",
      "sanction": "imposed sanctions on", "exercise": "staged joint drills with", "conflict": "clashed with"}'::jsonb
        as event_verbs,
    array['fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'assessment', 'assessment',
          'assessment', 'assessment', 'assessment', 'assessment', 'assessment', 'prediction', 'prediction',
          'prescription', 'prescription'] as kinds,
    array['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted',
          'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'hedged', 'hedged',
          'hedged', 'hedged', 'negated'] as certainties,
    array['according to officials', 'despite western pressure', 'amid falling oil prices', 'as trade volumes grew',
          'after months of negotiations', 'in a move analysts called symbolic', 'to the surprise of Washington',
          'while Beijing hesitated', 'on favourable terms', 'as the ruble weakened', 'under the new partnership',
          'with little public debate', 'over the objections of Kyiv', 'as sanctions tightened',
          'to secure long-term supplies', 'in the face of domestic criticism'] as clauses,
    '{"energy": ["energy security", "energy cooperation", "the energy transition"],
      "energy.gas": ["natural gas supplies", "the Power of Siberia pipeline", "LNG exports", "gas prices"],
      "energy.oil": ["crude oil exports", "oil output cuts", "an oil pipeline", "oil prices"],
      "trade": ["bilateral trade", "export tariffs", "trade volumes", "agricultural imports"],
      "finance": ["yuan-denominated payments", "a new development bank", "currency swaps", "state loans"],
      "sanctions": ["new sanctions", "export controls", "sanctions evasion", "secondary sanctions"],
      "military": ["defence policy", "military cooperation", "troop deployments"],
      "military.exercises": ["joint naval exercises", "air patrols", "war games in the Far East"],
      "military.arms": ["arms sales", "S-400 deliveries", "fighter jet engines", "the defence industry"],
      "military.conflict": ["the war in Ukraine", "the border clashes", "the invasion"],
      "nuclear": ["nuclear arms control", "missile defence", "strategic stability"],
      "cyber": ["cyber operations", "disinformation campaigns", "cybersecurity rules"],
      "arctic": ["the Northern Sea Route", "Arctic shipping", "Arctic LNG projects"],
      "infrastructure": ["Belt and Road railways", "a new transport corridor", "port investments"],
      "technology": ["semiconductor exports", "5G networks", "satellite navigation"],
      "politics": ["the regime''s legitimacy", "the coming election", "domestic stability"],
      "migration": ["border migration", "labour migrants", "refugee flows"],
      "diplomacy": ["a joint statement", "the UN vote", "diplomatic recognition"],
      "geopolitics": ["the balance of power in Asia", "a multipolar world order", "spheres of influence"],
      "geopolitics.alignment": ["a strategic partnership", "an alliance without a treaty",
                                "a marriage of convenience", "their no-limits partnership"]}'::jsonb as objects,
    array['Vladimir Putin', 'the Kremlin spokesperson', 'the Wall Street Journal', 'Chinese state media',
          'Western diplomats', 'Sergey Lavrov', 'Wang Yi', 'the Financial Times'] as sources;

-- authors: about one per 50 articles
insert into author (name, slug, affiliation)
select 'Analyst ' || i, 'bench-analyst-' || i, (array['Carnegie', 'IISS', 'Chatham House', 'RAND', 'MERICS'])[1 + i % 5]
from generate_series(1, greatest(20, (:target / 40 / 50)::int)) i
on conflict (slug) do nothing;

create temp table bench_authors as select id from author where slug like 'bench-analyst-%' order by id;

-- articles: publication dates from 2000 to 2026, more of them recent
insert into article (title, author_id, outlet, published_on, published_precision, body, raw_body, content_hash,
                     word_count, extractor_version)
select 'Generated analysis ' || (:last_article + g),
       (select array_agg(id) from bench_authors)[1 + floor(random() * (select count(*) from bench_authors))::int],
       (array['East Asia Forum', 'Foreign Affairs', 'The Diplomat', 'Carnegie Politika', 'War on the Rocks'])[1 + floor(random() * 5)::int],
       date '2026-11-01' - (power(random(), 1.6) * 9400)::int, 'day',
       'Generated article body ' || (:last_article + g), 'Generated article body ' || (:last_article + g),
       encode(sha256(convert_to('bench-generator-' || :seed || '-' || (:last_article + g) || '-' || random(), 'UTF8')), 'hex'),
       1200, 'bench-generator'
from generate_series(1, :new_articles) g;

-- claims: 40 per new article
insert into claim (article_id, author_id, ordinal, text, span_start, span_end, quote_prefix, quote_suffix, kind,
                   attribution, attributed_to, certainty, topics, topic_paths, event_type, actors, time_text,
                   time_start, time_end, time_precision, time_resolved, figures, confidence)
select r.article_id, r.author_id, r.ordinal, r.text, r.ordinal * 240, r.ordinal * 240 + length(r.text), '', '',
       r.kind, r.attribution, case when r.attribution = 'reported' then r.source end, r.certainty, r.topics,
       array(select distinct p from unnest(r.topics) t,
             lateral unnest(array[split_part(t, '.', 1), t]) p order by p),
       r.event_type, r.actors,
       case when r.tp is null then null
            when r.tp = 'unresolved' then 'last month'
            when r.tp = 'decade' then 'the ' || (r.y / 10 * 10) || 's'
            when r.tp = 'month' then 'in ' || to_char(make_date(r.y, r.m, 1), 'FMMonth YYYY')
            when r.tp = 'day' then 'on ' || to_char(make_date(r.y, r.m, 1) + r.d, 'FMDD FMMonth YYYY')
            else 'in ' || r.y end,
       case r.tp when 'year' then make_date(r.y, 1, 1) when 'month' then make_date(r.y, r.m, 1)
                 when 'day' then make_date(r.y, r.m, 1) + r.d when 'decade' then make_date(r.y / 10 * 10, 1, 1) end,
       case r.tp when 'year' then make_date(r.y, 12, 31)
                 when 'month' then (make_date(r.y, r.m, 1) + interval '1 month - 1 day')::date
                 when 'day' then make_date(r.y, r.m, 1) + r.d when 'decade' then make_date(r.y / 10 * 10 + 9, 12, 31) end,
       case when r.tp = 'unresolved' then null else r.tp end,
       case when r.tp is null then null else r.tp <> 'unresolved' end,
       case when r.money then jsonb_build_array(jsonb_build_object('kind', 'money', 'text', '$' || r.amount || ' billion',
            'value', r.amount::bigint * 1000000000, 'unit', null, 'currency', 'USD', 'start', r.ordinal * 240 + 5,
            'end', r.ordinal * 240 + 18)) else '[]'::jsonb end,
       round((0.5 + random() * 0.5)::numeric, 2)
from (
    select a.id as article_id, a.author_id, o.ordinal, x.kind, x.certainty, x.attribution, x.source, x.topics,
           x.event_type, x.actors, x.tp, x.y, x.m, x.d, x.money, x.amount,
           x.subject || ' ' || x.verb || ' ' || x.object_name || ' on ' || x.object
               || case when x.tp in ('year', 'month', 'day') then ' in ' || x.y
                       when x.tp = 'decade' then ' in the ' || (x.y / 10 * 10) || 's' else '' end
               || ', ' || x.clause || case when x.money then ', worth $' || x.amount || ' billion' else '' end
               || case when x.attribution = 'reported' then ', ' || x.source || ' said' else '' end || '.' as text
    from article a
    cross join generate_series(0, 39) o(ordinal)
    cross join vocab v
    cross join lateral (
        select v.kinds[1 + floor(random() * 20)::int] as kind,
               v.certainties[1 + floor(random() * 20)::int] as certainty,
               case when random() < 0.2 then 'reported' else 'author' end as attribution,
               v.sources[1 + floor(random() * 8)::int] as source,
               case when random() < 0.35
                    then array[v.topics[1 + floor(random() * cardinality(v.topics))::int],
                               v.topics[1 + floor(random() * cardinality(v.topics))::int]]
                    else array[v.topics[1 + floor(random() * cardinality(v.topics))::int]] end as topics_raw,
               v.events[1 + floor(random() * 20)::int] as event_type,
               v.actor_picks[1 + floor(random() * cardinality(v.actor_picks))::int] as a1,
               v.actor_picks[1 + floor(random() * cardinality(v.actor_picks))::int] as a2,
               (array['year', 'year', 'year', 'year', 'year', 'year', 'month', 'month', 'month', 'day', 'decade',
                      'unresolved', null, null, null, null, null, null, null, null])[1 + floor(random() * 20)::int] as tp,
               2026 - (power(random(), 1.8) * 36)::int as y,
               1 + floor(random() * 12)::int as m,
               floor(random() * 28)::int as d,
               random() < 0.15 as money,
               1 + floor(random() * 400)::int as amount,
               v.verbs[1 + floor(random() * cardinality(v.verbs))::int] as any_verb,
               random() as object_pick,
               v.clauses[1 + floor(random() * cardinality(v.clauses))::int] as clause,
               a.id + o.ordinal as correlate
    ) p
    cross join lateral (
        select p.kind, p.certainty, p.attribution, p.source, p.event_type, p.tp, p.y, p.m, p.d, p.money, p.amount,
               coalesce(v.event_verbs ->> p.event_type, p.any_verb) as verb,
               (v.objects -> p.topics_raw[1])
                   ->> floor(p.object_pick * jsonb_array_length(v.objects -> p.topics_raw[1]))::int as object,
               p.clause,
               array(select distinct t from unnest(p.topics_raw) t order by t) as topics,
               case when p.a1 = p.a2 then array[v.actor_ids[p.a1]] else array[v.actor_ids[p.a1], v.actor_ids[p.a2]] end as actors,
               upper(left(v.actor_names[p.a1], 1)) || substr(v.actor_names[p.a1], 2) as subject,
               case when p.a1 = p.a2 then 'its partners' else v.actor_names[p.a2] end as object_name
    ) x
    where a.id > :last_article and a.extractor_version = 'bench-generator'
) r;

analyze claim;
analyze article;
select count(*) as generated_claims from claim c join article a on a.id = c.article_id
where a.extractor_version = 'bench-generator';
