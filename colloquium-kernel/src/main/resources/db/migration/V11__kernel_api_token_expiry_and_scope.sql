-- Kernel: API tokens get an optional expiry and a scope (issue 10). Tokens made before keep
-- working as they did: no expiry, read and write.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column scope varchar(20) default 'READ_WRITE' not null;

alter table api_token add constraint api_token_scope_known
    check (scope in ('READ_ONLY', 'READ_WRITE'));
alter table api_token add constraint api_token_expires_after_creation
    check (expires_at is null or expires_at > created_at);
