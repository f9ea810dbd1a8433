-- Claims of one event type in reading order ("energy deals after 2014", GET /claims?event=deal&...): the page's ids
-- come from a range scan on the event type in (article_id, ordinal) order, with topic and end of period checked in the
-- index, so a page stops after its 51 matches instead of walking the reading-order index of every claim and
-- throwing away the ~7,000 rows of other events per page (issue 14; plans in docs/measurements.md "Query benchmark").
create index claim_event_reading_order_idx on claim (event_type, article_id, ordinal)
    include (id, topic_paths, time_end)
    where event_type is not null;

-- Indexes no plan uses (issue 14: every read path of the API exercised at 1M claims, common and rare values, with
-- pg_stat_user_indexes reset before; docs/measurements.md "Query benchmark"), dropped so ingest maintains fewer:
-- (event_type, id) is covered by the two partial indexes that also lead with event_type, and a kind (four values,
-- 10-45 % of the claims each) is never selective enough for an index.
drop index claim_event_idx;
drop index claim_kind_idx;
