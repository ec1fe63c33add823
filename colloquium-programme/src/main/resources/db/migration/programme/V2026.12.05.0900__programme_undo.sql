-- The last changes organisers made to the places of sessions and contributions, each with what was
-- there before, so that the editor can undo them one by one (newest first).

create sequence programme_undo_step_seq start with 1 increment by 50;

create table programme_undo_step (
    id            bigint       not null primary key,
    event_id      bigint       not null references event (id) on delete cascade,
    kind          varchar(20)  not null,
    target_id     bigint       not null,
    made_by       bigint       references account (id) on delete set null,
    made_at       timestamp with time zone not null,
    -- a session's place before
    room_id       bigint,
    starts_at     timestamp with time zone,
    ends_at       timestamp with time zone,
    -- a contribution's place and shape before
    session_id    bigint,
    position      integer,
    minutes       integer,
    board         varchar(20),
    pinned        boolean,
    constraint programme_undo_step_kind check (kind in ('SESSION_MOVED', 'CONTRIBUTION_PLACED', 'CONTRIBUTION_CHANGED'))
);

create index programme_undo_step_event on programme_undo_step (event_id, id);
