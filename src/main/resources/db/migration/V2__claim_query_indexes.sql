-- Indexes for the claim read side (GET /claims, facets, timeline) at a million claims and more.

-- Reading order (the default sort) filtered by the usual filters: the page's ids come from an index-only scan that
-- checks topic, event, actors, time bounds, kind, certainty, attribution and author in the index itself, without
-- visiting the table for the rows a filter rejects.
create index claim_reading_order_idx on claim (article_id, ordinal)
    include (id, topic_paths, event_type, actors, time_start, time_end, kind, certainty, attribution, author_id);

-- One-sided time filters (after=2014 is time_end > 2014-12-31, before=2020 is time_start < 2020-01-01) and the
-- time sort; the GiST index on period stays for two-sided windows.
create index claim_time_start_idx on claim (time_start, id);
create index claim_time_end_idx on claim (time_end);

-- Claims about an event in a time range ("deals after 2014"), the commonest analyst question: a range scan on
-- (event, end of period) that also answers facets and topic/actor checks from the index (index-only), for the
-- third of claims that describe an event.
create index claim_event_time_idx on claim (event_type, time_end)
    include (topic_paths, actors, kind, certainty, attribution, author_id, time_start, article_id, ordinal)
    where event_type is not null;
