-- Kernel: personal API tokens. Only the SHA-256 of a token's secret is stored.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15 (regexp_like exists in both).

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint       not null primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(100) not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_secret_hash_unique unique (secret_hash),
    constraint api_token_secret_hash_hex check (regexp_like(secret_hash, '^[0-9a-f]{64}$')),
    constraint api_token_name_length check (length(trim(name)) between 1 and 100),
    constraint api_token_used_after_creation check (last_used_at is null or last_used_at >= created_at),
    constraint api_token_revoked_after_creation check (revoked_at is null or revoked_at >= created_at)
);

-- The profile page's list and the limit of active tokens per account.
create index api_token_account on api_token (account_id, revoked_at);
