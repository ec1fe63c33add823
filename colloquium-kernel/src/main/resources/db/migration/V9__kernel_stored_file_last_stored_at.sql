-- Kernel: when identical bytes were last stored. A file nothing refers to any more is deleted once
-- this is older than a grace period; storing the same bytes again (a re-upload re-uses the row)
-- moves it forward, so the collector never takes a file someone is about to refer to.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table stored_file add column last_stored_at timestamp with time zone;
update stored_file set last_stored_at = created_at;
alter table stored_file alter column last_stored_at set not null;
