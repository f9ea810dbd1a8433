-- Claims of a time window (after=... and before=...) in time order (sort=time): ClaimSql writes the window as two
-- B-tree comparisons there, and this index answers them index-only, checking the end of each period in the index, so
-- a page stops after its rows. With the range overlap and (time_start, id) alone the planner walked the time index to
-- the heap for every period that ended before the window: at 1M claims a two-day window took 1.2 s, now ~60 ms
-- (issue 14; docs/measurements.md "Query benchmark"). Every other window query keeps the GiST range overlap, which finds
-- the periods overlapping a window directly (counts, facets, timelines: two to four times faster than B-tree bounds).
create index claim_time_start_end_idx on claim (time_start, id) include (time_end);
drop index claim_time_start_idx;
