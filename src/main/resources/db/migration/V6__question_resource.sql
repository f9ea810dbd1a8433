-- Questions become a resource (PUT /questions/{slug}): the whole definition is stored, with a version that every
-- change increments and that every position records, and where it came from: 'file' (questions.yaml, updated at
-- start when its content changed) or 'api' (never overwritten by the file).
alter table question
    add column definition  jsonb,
    add column version     integer     not null default 1 check (version >= 1),
    add column origin      text        not null default 'file' check (origin in ('file', 'api')),
    -- sha-256 of the definition as last read from questions.yaml (null for a question created through the API)
    add column file_hash   text,
    add column updated_at  timestamptz not null default now();

alter table position add column question_version integer;
update position p set question_version = q.version from question q where q.id = p.question_id;

-- The assessment of every stored article with one version of a question, in the background. The job works through
-- the articles in id order and records how far it got (last_article_id), so that a job a crash interrupted resumes
-- on the next start where it stopped. One job per question: a newer version's job replaces the older one.
create table assessment_job (
    question_id      bigint      primary key references question (id) on delete cascade,
    question_version integer     not null,
    state            text        not null check (state in ('running', 'succeeded', 'failed')),
    total            integer     not null check (total >= 0),
    done             integer     not null default 0 check (done >= 0),
    last_article_id  bigint      not null default 0,
    -- [{"articleId": 3, "message": "..."}], at most a few dozen
    errors           jsonb       not null default '[]' check (jsonb_typeof(errors) = 'array'),
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    check ((state = 'running') = (finished_at is null))
);
