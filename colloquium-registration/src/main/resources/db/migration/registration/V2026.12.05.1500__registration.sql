-- Registration for events: the organisers' settings, one quota row per event and mode (the lock
-- that keeps places from being oversold, see docs/architecture.md), the registrations themselves
-- and the history of every change of state.

create sequence registration_seq start with 1 increment by 50;
create sequence registration_quota_seq start with 1 increment by 50;
create sequence registration_history_seq start with 1 increment by 50;

create table registration_settings (
    event_id       bigint      not null primary key references event (id) on delete cascade,
    version        integer     not null default 0,
    opens_at       timestamp with time zone not null,
    closes_at      timestamp with time zone not null,
    -- NONE, ALL, IN_PERSON: whose registrations an organiser approves first
    moderation     varchar(9)  not null,
    offer_hours    integer     not null,
    -- after this moment attendees no longer change their answers or mode themselves
    changes_until  timestamp with time zone,
    constraint registration_settings_window check (opens_at < closes_at),
    constraint registration_settings_moderation check (moderation in ('NONE', 'ALL', 'IN_PERSON')),
    constraint registration_settings_offer check (offer_hours between 1 and 720)
);

-- One row per mode offered. taken counts CONFIRMED and OFFERED registrations, waiting counts
-- WAITLISTED ones; both are changed only by conditional UPDATEs, which lock the row, so two
-- requests for the last place queue on it and only one gets it. The CHECK is the backstop.
create table registration_quota (
    id        bigint     not null primary key,
    event_id  bigint     not null references event (id) on delete cascade,
    mode      varchar(9) not null,
    capacity  integer,
    taken     integer    not null default 0,
    waiting   integer    not null default 0,
    constraint registration_quota_mode unique (event_id, mode),
    constraint registration_quota_mode_name check (mode in ('IN_PERSON', 'ONLINE')),
    constraint registration_quota_counts check (
        taken >= 0 and waiting >= 0 and (capacity is null or taken <= capacity)),
    constraint registration_quota_capacity check (capacity is null or capacity between 0 and 1000000)
);

create table registration (
    id               bigint       not null primary key,
    version          integer      not null default 0,
    event_id         bigint       not null references event (id) on delete cascade,
    account_id       bigint       references account (id) on delete set null,
    email            varchar(320) not null,
    -- the address while the registration is active, null once cancelled or rejected: one active
    -- registration per person and event (H2 has no partial unique index)
    active_email     varchar(320),
    full_name        varchar(200) not null,
    affiliation      varchar(300),
    academic_status  varchar(12),
    dietary_needs    varchar(500),
    accessibility_needs varchar(500),
    listed           boolean      not null default false,
    language         varchar(8)   not null,
    mode             varchar(9)   not null,
    state            varchar(10)  not null,
    -- when the person joined the waiting list: its order (then the id); kept when they switch mode
    queued_at        timestamp with time zone,
    offer_expires_at timestamp with time zone,
    reason           varchar(1000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint registration_active unique (event_id, active_email),
    constraint registration_mode check (mode in ('IN_PERSON', 'ONLINE')),
    constraint registration_state check (
        state in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'REJECTED')),
    constraint registration_status check (academic_status is null
        or academic_status in ('STUDENT', 'PHD', 'EARLY_CAREER', 'SENIOR', 'OTHER')),
    constraint registration_offer check ((state = 'OFFERED') = (offer_expires_at is not null)),
    constraint registration_queue check (state <> 'WAITLISTED' or queued_at is not null),
    constraint registration_active_when check (
        (state in ('CANCELLED', 'REJECTED')) = (active_email is null))
);
create index registration_queue_order on registration (event_id, mode, state, queued_at);
create index registration_offers_due on registration (state, offer_expires_at);
create index registration_account on registration (account_id);

-- Every change of state, by whom (null: the system, e.g. an offer that expired).
create table registration_history (
    id              bigint      not null primary key,
    registration_id bigint      not null references registration (id) on delete cascade,
    from_state      varchar(10),
    to_state        varchar(10) not null,
    mode            varchar(9)  not null,
    actor_id        bigint      references account (id) on delete set null,
    at              timestamp with time zone not null,
    note            varchar(1000)
);
create index registration_history_of on registration_history (registration_id);
