-- /claims/facets?topic=energy&event=deal&after=2014
-- params:p1={energy} p2=deal p3=2014-12-31
/* planned per value */ with m as materialized (select c.topic_paths, c.event_type, c.kind, c.certainty, c.actors, c.author_id, c.time_start, c.time_end from claim c where c.topic_paths && :p1::text[] and c.event_type = :p2 and c.time_end > :p3::date)
select 'total' as facet, null as value, null as label, count(*) as n from m
union all select 'topic', t, null, count(*) from m, unnest(m.topic_paths) t group by t
union all select 'event', m.event_type, null, count(*) from m where m.event_type is not null
    group by m.event_type
union all select 'kind', m.kind, null, count(*) from m group by m.kind
union all select 'certainty', m.certainty, null, count(*) from m group by m.certainty
union all select 'actor', x, null, count(*) from m, unnest(m.actors) x group by x
union all select 'author', au.slug, au.name, count(*) from m join author au on au.id = m.author_id
    group by au.slug, au.name
union all select 'year', y::text, null, count(*) from m,
    generate_series(extract(year from m.time_start)::int, extract(year from m.time_end)::int) y
    where m.time_start is not null group by y;
