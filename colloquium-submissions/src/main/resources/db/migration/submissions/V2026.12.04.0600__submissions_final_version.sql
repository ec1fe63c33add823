-- The final (camera-ready) version of an accepted submission: its PDF is kept beside the one the
-- committee reviewed, which stays as it was, so reviews, exports and the reviewers' download keep
-- referring to what was reviewed. final_changed_at: the last save of the final version.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table submission add column final_file_sha256 varchar(64) references stored_file (sha256);
alter table submission add column final_file_name varchar(255);
alter table submission add column final_file_size bigint;
alter table submission add column final_file_pages integer;
alter table submission add column final_changed_at timestamp with time zone;
create index submission_final_file on submission (final_file_sha256);
