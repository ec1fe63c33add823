-- Events: indexes on the columns that refer to stored files. The daily collection of unreferenced
-- files asks "does anything refer to this file?" for each candidate, and deleting a stored file
-- makes the database check every foreign key to it; PostgreSQL does not index foreign-key columns
-- by itself, so without these both would read the whole tables.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create index event_logo_file on event (logo_file);
create index event_partner_logo_file on event_partner (logo_file);
create index event_attachment_file on event_attachment (file_sha256);
