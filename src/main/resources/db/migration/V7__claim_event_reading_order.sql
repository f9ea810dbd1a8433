-- Claims of one event type in reading order ("energy deals after 2014", GET /claims?event=deal&...): the page's ids
-- come from a range scan on the event type in (article_id, ordinal) order, with topic and end of period checked in the
-- index, so a page stops after its 51 matches instead of walking the reading-order index of every claim and
-- throwing away the ~7,000 rows of other events per page (issue 14; plans in docs/measurements.md "Query benchmark").
create index claim_event_reading_order_idx on claim (event_type, article_id, ordinal)
    include (id, topic_paths, time_end)
    where event_type is not null;
