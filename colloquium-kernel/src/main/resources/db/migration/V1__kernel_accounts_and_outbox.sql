-- Kernel: accounts, single-use tokens, throttling and the mail outbox.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create sequence account_seq start with 1 increment by 50;

create table account (
    id                     bigint       not null primary key,
    version                integer      not null default 0,
    email                  varchar(254) not null,
    password_hash          varchar(300) not null,
    full_name              varchar(200) not null,
    affiliation            varchar(300),
    country                varchar(2),
    orcid                  varchar(19),
    preferred_language     varchar(2)   not null,
    platform_administrator boolean      not null default false,
    email_verified_at      timestamp with time zone,
    created_at             timestamp with time zone not null,
    credential_version     integer      not null default 0,
    constraint account_email_unique unique (email),
    -- Addresses are stored normalised so that case cannot make a second account.
    constraint account_email_lower check (email = lower(email)),
    constraint account_language_known check (preferred_language in ('EN', 'RO')),
    constraint account_name_not_blank check (length(trim(full_name)) > 0)
);

create sequence account_token_seq start with 1 increment by 50;

create table account_token (
    id          bigint      not null primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    withdrawn_at timestamp with time zone,
    constraint account_token_hash_unique unique (token_hash),
    constraint account_token_purpose_known check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    constraint account_token_expires_after_creation check (expires_at > created_at)
);

create index account_token_account on account_token (account_id, purpose);

-- Attempts counted per key: sign-ins per account and per client address, link mails per address.
create table throttle (
    throttle_key      varchar(300) not null primary key,
    version           integer      not null default 0,
    failures          integer      not null,
    window_started_at timestamp with time zone not null,
    blocked_until     timestamp with time zone,
    constraint throttle_failures_positive check (failures >= 0)
);

create sequence mail_outbox_seq start with 1 increment by 50;

create table mail_outbox (
    id                      bigint        not null primary key,
    version                 integer       not null default 0,
    message_id              varchar(200)  not null,
    template                varchar(100)  not null,
    recipient_email         varchar(254)  not null,
    recipient_name          varchar(200),
    subject                 varchar(500)  not null,
    body                    varchar(100000) not null,
    state                   varchar(10)   not null,
    attempts                integer       not null default 0,
    created_at              timestamp with time zone not null,
    retry_window_started_at timestamp with time zone not null,
    next_attempt_at         timestamp with time zone not null,
    lease_expires_at        timestamp with time zone,
    claim_token             varchar(36),
    sent_at                 timestamp with time zone,
    last_error              varchar(2000),
    constraint mail_outbox_message_id_unique unique (message_id),
    constraint mail_outbox_state_known check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD')),
    constraint mail_outbox_sent_has_time check (state <> 'SENT' or sent_at is not null),
    constraint mail_outbox_sending_is_claimed check (state <> 'SENDING' or (claim_token is not null and lease_expires_at is not null)),
    constraint mail_outbox_attempts_positive check (attempts >= 0)
);

-- The sender's query: due rows first.
create index mail_outbox_due on mail_outbox (state, next_attempt_at);
