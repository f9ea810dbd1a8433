-- GET /claims/contrasts and the author rows of GET /questions/{slug}/positions work in SQL, one page at a time,
-- instead of loading every matching claim or position into the service's heap.

-- Which way an author's claim says something moves (DirectionReader over directions.yaml), read when the claim is
-- stored, so that contrast pairs are an indexed join. Only the author's own claims with a reading have a row.
-- The claim's topics, actors, period and writer (its author, or minus the article id for an unknown author) are
-- copied here, because the pairing checks them for every candidate pair and a claim is written once, never edited
-- (re-extraction deletes and re-inserts claims; the cascade removes their readings).
create table claim_direction (
    claim_id    bigint primary key references claim (id) on delete cascade,
    subject     text   not null,
    direction   text   not null check (direction in ('up', 'down')),
    cue         text   not null,
    writer      bigint not null,
    topic_paths text[] not null,
    actors      text[] not null,
    time_start  date,
    time_end    date,
    check ((time_start is null) = (time_end is null))
);
-- the pairing: ups in claim order (the primary key), and for each the downs of the same subject in claim order,
-- checked in the index without visiting the table
create index claim_direction_pairing_idx on claim_direction (subject, direction, claim_id)
    include (writer, topic_paths, actors, time_start, time_end);

-- How far the readings are complete: every claim with an id up to read_through has been read with the direction
-- words whose fingerprint is stored. Claims stored before this migration (or inserted by other means than the
-- service) are read by the service in the background at start and before a contrast query (DirectionBackfill);
-- a change of directions.yaml resets read_through to 0, so all claims are read again.
create table claim_direction_progress (
    only_row     boolean primary key default true check (only_row),
    fingerprint  text,
    read_through bigint  not null default 0
);
insert into claim_direction_progress default values;

-- Author rows of a question: positions by question, with what the aggregation reads, without visiting the table.
create index position_question_idx on position (question_id, author_id, article_id)
    include (label, score, trend, confidence);
