-- The programme of an event: rooms, the timetable being built (sessions and the contributions made
-- from accepted submissions), when speakers and rooms cannot be used, the organisers' severities
-- for warnings, and the published releases, each frozen as the public got it.

create sequence programme_room_seq start with 1 increment by 50;
create sequence programme_session_seq start with 1 increment by 50;
create sequence programme_contribution_seq start with 1 increment by 50;
create sequence programme_unavailability_seq start with 1 increment by 50;
create sequence programme_release_seq start with 1 increment by 50;

create table programme_room (
    id         bigint       not null primary key,
    version    integer      not null default 0,
    event_id   bigint       not null references event (id) on delete cascade,
    position   integer      not null,
    name       varchar(120) not null,
    capacity   integer,
    mode       varchar(9)   not null,
    -- never public: registration decides who gets it
    stream_url varchar(500),
    constraint programme_room_name unique (event_id, name),
    constraint programme_room_capacity check (capacity is null or capacity between 1 and 100000),
    constraint programme_room_mode check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID'))
);

-- A block of the timetable in one room (or everywhere, for a break): a session of contributions,
-- a keynote, a plenary, a poster session, a break or an internal blocker.
create table programme_session (
    id           bigint        not null primary key,
    version      integer       not null default 0,
    event_id     bigint        not null references event (id) on delete cascade,
    kind         varchar(8)    not null,
    title        varchar(300)  not null,
    title_second varchar(300),
    description  varchar(4000),
    room_id      bigint        references programme_room (id) on delete set null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    track_id     bigint        references track (id) on delete set null,
    language     varchar(8),
    -- the expected audience, for the room's capacity; null when nobody guessed
    audience     integer,
    pinned       boolean       not null default false,
    constraint programme_session_kind check (kind in ('SESSION', 'KEYNOTE', 'PLENARY', 'POSTERS', 'BREAK', 'BLOCKER')),
    constraint programme_session_times check (ends_at > starts_at),
    constraint programme_session_audience check (audience is null or audience >= 0)
);

create index programme_session_event on programme_session (event_id, starts_at);

-- A session's chairs in order; the address ties a chair to the speakers for double bookings.
create table programme_chair (
    session_id bigint        not null references programme_session (id) on delete cascade,
    position   integer       not null,
    full_name  varchar(200)  not null,
    email      varchar(320),
    primary key (session_id, position)
);

-- A contribution made from an accepted submission. Its title, abstract and authors stay the
-- submission's (the final version's); in a session, contributions run one after the other in
-- position order from the session's start.
create table programme_contribution (
    id               bigint      not null primary key,
    version          integer     not null default 0,
    event_id         bigint      not null references event (id) on delete cascade,
    submission_id    bigint      not null references submission (id) on delete cascade,
    session_id       bigint      references programme_session (id) on delete set null,
    position         integer     not null default 0,
    duration_minutes integer     not null,
    poster           boolean     not null,
    board            varchar(20),
    pinned           boolean     not null default false,
    constraint programme_contribution_submission unique (submission_id),
    constraint programme_contribution_duration check (duration_minutes between 1 and 600)
);

create index programme_contribution_event on programme_contribution (event_id);
create index programme_contribution_session on programme_contribution (session_id);

-- When a speaker (by e-mail address) or a room cannot be used.
create table programme_unavailability (
    id            bigint        not null primary key,
    version       integer       not null default 0,
    event_id      bigint        not null references event (id) on delete cascade,
    speaker_email varchar(320),
    room_id       bigint        references programme_room (id) on delete cascade,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    note          varchar(300),
    entered_by    bigint        references account (id) on delete set null,
    constraint programme_unavailability_subject check ((speaker_email is null) <> (room_id is null)),
    constraint programme_unavailability_times check (ends_at > starts_at)
);

create index programme_unavailability_event on programme_unavailability (event_id);

-- The organisers' severity per kind of warning; a kind without a row has its default.
create table programme_warning_severity (
    event_id bigint      not null references event (id) on delete cascade,
    kind     varchar(24) not null,
    severity varchar(7)  not null,
    primary key (event_id, kind),
    constraint programme_warning_severity_value check (severity in ('IGNORE', 'WARN', 'BLOCK'))
);

-- A published release: the programme as the public got it, frozen (gzip of its JSON), with the
-- changelog the organiser published it with.
create table programme_release (
    id           bigint        not null primary key,
    event_id     bigint        not null references event (id) on delete cascade,
    release_no   integer       not null,
    published_at timestamp with time zone not null,
    published_by bigint        references account (id) on delete set null,
    changelog    varchar(20000) not null,
    content      bytea         not null,
    constraint programme_release_no unique (event_id, release_no),
    constraint programme_release_no_positive check (release_no > 0)
);
