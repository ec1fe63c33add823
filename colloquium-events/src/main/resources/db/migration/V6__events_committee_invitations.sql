-- Invitations to an event's committee. The link's secret is stored only as its SHA-256 hash.

create sequence event_invitation_seq start with 1 increment by 50;

create table event_invitation (
    id               bigint       not null primary key,
    version          integer      not null default 0,
    event_id         bigint       not null references event (id) on delete cascade,
    email            varchar(254) not null,
    role             varchar(20)  not null,
    invited_by       bigint       references account (id) on delete set null,
    personal_message varchar(2000),
    token_hash       varchar(64)  not null,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    state            varchar(10)  not null,
    -- 'Y' while pending, null otherwise: with the unique constraint below, at most one pending
    -- invitation per event, address and role (NULLs never collide; portable, unlike partial indexes).
    open_marker      varchar(1),
    accepted_by      bigint       references account (id) on delete set null,
    accepted_at      timestamp with time zone,
    revoked_at       timestamp with time zone,
    constraint event_invitation_token_unique unique (token_hash),
    constraint event_invitation_one_open unique (event_id, email, role, open_marker),
    constraint event_invitation_role_known check (role in ('ORGANISER', 'TRACK_CHAIR', 'REVIEWER')),
    constraint event_invitation_state_known check (state in ('PENDING', 'ACCEPTED', 'REVOKED')),
    constraint event_invitation_open_marker check (
        (state = 'PENDING' and open_marker = 'Y') or (state <> 'PENDING' and open_marker is null)),
    constraint event_invitation_expires_after_sending check (expires_at > sent_at),
    constraint event_invitation_sent_after_creation check (sent_at >= created_at),
    constraint event_invitation_accepted_when check (
        (state = 'ACCEPTED' and accepted_at is not null) or (state <> 'ACCEPTED' and accepted_at is null)),
    constraint event_invitation_revoked_when check (
        (state = 'REVOKED' and revoked_at is not null) or (state <> 'REVOKED' and revoked_at is null)),
    constraint event_invitation_email_lower_case check (email = lower(email))
);

create index event_invitation_event on event_invitation (event_id, created_at);
