-- Submissions: an index on the column that refers to the submission's PDF, for the same reason as
-- V9_1 (the collection of unreferenced stored files and the foreign-key check when one is deleted).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create index submission_file on submission (file_sha256);
