-- Kernel: the turns of the jobs that one node of a cluster runs per period (the daily sweeps of
-- unreferenced files, old mail, full rate-limit buckets, registrations past retention). Each node
-- still schedules every job; before such a run it moves next_at forward with a conditional UPDATE,
-- and only the node whose UPDATE changed the row runs it. taken_by says which node last did.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
create table timed_job_turn (
    name      varchar(60)              not null primary key,
    next_at   timestamp with time zone not null,
    taken_by  varchar(80),
    taken_at  timestamp with time zone
);
