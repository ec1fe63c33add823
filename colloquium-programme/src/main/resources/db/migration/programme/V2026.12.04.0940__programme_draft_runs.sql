-- Automatic drafts of a programme: requested by an organiser, claimed and solved by one node in the
-- background within their time limit, then applied to the work in progress (or discarded).

create sequence programme_draft_run_seq start with 1 increment by 50;

create table programme_draft_run (
    id           bigint        not null primary key,
    version      integer       not null default 0,
    event_id     bigint        not null references event (id) on delete cascade,
    state        varchar(9)    not null,
    requested_by bigint        references account (id) on delete set null,
    requested_at timestamp with time zone not null,
    seconds      integer       not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone,
    elapsed_ms   bigint,
    -- the best score so far while running, the final one after: "0 hard / 3 unplaced / -250 soft"
    score        varchar(80),
    placed       integer,
    unplaced     integer,
    message      varchar(300),
    -- gzip of the proposal's JSON: where each contribution goes, and the explanations
    proposal     bytea,
    constraint programme_draft_run_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'APPLIED', 'DISCARDED')),
    constraint programme_draft_run_seconds check (seconds between 1 and 600)
);

create index programme_draft_run_event on programme_draft_run (event_id, requested_at);
