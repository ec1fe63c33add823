-- Registering without an account: the answers wait here until the address is confirmed (no place
-- is held meanwhile), and every registration gets a link to manage it without signing in. The
-- manage token is kept as it is, not hashed: later mails (an offer, say) carry the link again.
alter table registration add column manage_token varchar(64);
create unique index registration_manage_token on registration (manage_token);

create sequence registration_request_seq start with 1 increment by 50;

create table registration_request (
    id                  bigint                   not null primary key,
    event_id            bigint                   not null references event (id) on delete cascade,
    email               varchar(320)             not null,
    full_name           varchar(200)             not null,
    affiliation         varchar(300),
    academic_status     varchar(12),
    dietary_needs       varchar(500),
    accessibility_needs varchar(500),
    listed              boolean                  not null,
    mode                varchar(9)               not null,
    language            varchar(8)               not null,
    token_hash          char(64)                 not null,
    created_at          timestamp with time zone not null,
    expires_at          timestamp with time zone not null,
    used_at             timestamp with time zone
);
create unique index registration_request_token on registration_request (token_hash);
create index registration_request_expiry on registration_request (expires_at);
