-- Claimbase data model. Flyway owns the schema; Hibernate only validates it.

create table author (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(btrim(name)) > 0),
    slug        text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    affiliation text,
    created_at  timestamptz not null default now()
);

create table article (
    id                 bigint generated always as identity primary key,
    title              text,
    author_id          bigint references author (id) on delete set null,
    outlet             text,
    url                text,
    published_on       date,
    published_precision text check (published_precision in ('year', 'month', 'day')),
    language           text        not null default 'en',
    body               text        not null,
    raw_body           text        not null,
    content_hash       text        not null unique check (content_hash ~ '^[0-9a-f]{64}$'),
    word_count         integer     not null check (word_count >= 0),
    extractor_version  text        not null,
    ingested_at        timestamptz not null default now(),
    search             tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')
    ) stored,
    check ((published_on is null) = (published_precision is null))
);
create index article_author_idx on article (author_id);
create index article_published_idx on article (published_on, id);
create index article_outlet_idx on article (lower(outlet));
create index article_search_idx on article using gin (search);

create table claim (
    id               bigint generated always as identity primary key,
    article_id       bigint      not null references article (id) on delete cascade,
    author_id        bigint references author (id) on delete set null,
    ordinal          integer     not null check (ordinal >= 0),
    text             text        not null check (length(text) > 0),
    span_start       integer     not null check (span_start >= 0),
    span_end         integer     not null,
    quote_prefix     text        not null default '',
    quote_suffix     text        not null default '',
    kind             text        not null check (kind in ('fact', 'assessment', 'prediction', 'prescription')),
    attribution      text        not null check (attribution in ('author', 'reported')),
    attributed_to    text,
    certainty        text        not null check (certainty in ('asserted', 'hedged', 'negated')),
    -- the most specific topics as extracted, and the same topics with all their ancestors (energy.gas → energy),
    -- so that a filter on a parent topic is one indexed array overlap
    topics           text[]      not null default '{}',
    topic_paths      text[]      not null default '{}',
    event_type       text,
    actors           text[]      not null default '{}',
    time_text        text,
    time_start       date,
    time_end         date,
    time_precision   text check (time_precision in ('decade', 'year', 'month', 'day')),
    time_resolved    boolean,
    period           daterange generated always as (
        case when time_start is null then null else daterange(time_start, time_end, '[]') end
    ) stored,
    figures          jsonb       not null default '[]' check (jsonb_typeof(figures) = 'array'),
    confidence       real        not null check (confidence between 0 and 1),
    search           tsvector generated always as (to_tsvector('english', text)) stored,
    unique (article_id, ordinal),
    check (span_end > span_start),
    check (attribution = 'reported' or attributed_to is null),
    check (time_end is null or time_start <= time_end),
    check ((time_start is null) = (time_end is null))
);
create index claim_author_idx on claim (author_id, id);
create index claim_topic_paths_idx on claim using gin (topic_paths);
create index claim_actors_idx on claim using gin (actors);
create index claim_event_idx on claim (event_type, id) where event_type is not null;
create index claim_kind_idx on claim (kind, id);
create index claim_period_idx on claim using gist (period);
create index claim_search_idx on claim using gin (search);

create table question (
    id         bigint generated always as identity primary key,
    slug       text  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    text       text  not null,
    -- ordered scale: [{"label": "...", "score": 0, "description": "..."}, ...]
    scale      jsonb not null check (jsonb_typeof(scale) = 'array'),
    actors     text[] not null default '{}'
);

create table position (
    id            bigint generated always as identity primary key,
    question_id   bigint      not null references question (id) on delete cascade,
    article_id    bigint      not null references article (id) on delete cascade,
    author_id     bigint references author (id) on delete set null,
    label         text        not null,
    score         real,
    trend         text check (trend in ('strengthening', 'stable', 'weakening')),
    confidence    real        not null check (confidence between 0 and 1),
    rationale     text,
    curated       boolean     not null default false,
    curator_note  text,
    curated_by    text,
    updated_at    timestamptz not null default now(),
    unique (question_id, article_id),
    check ((label = 'undetermined') = (score is null))
);
create index position_author_idx on position (author_id);

create table position_evidence (
    position_id  bigint  not null references position (id) on delete cascade,
    claim_id     bigint  not null references claim (id) on delete cascade,
    cue          text,
    points_to    text,
    supports     boolean not null,
    weight       real    not null default 1 check (weight >= 0),
    primary key (position_id, claim_id)
);
create index position_evidence_claim_idx on position_evidence (claim_id);
