-- Presenting authors who gave up their registration are not registered again by the speakers'
-- job: those who cancelled keep their address on the ended row; those who deleted their data
-- leave only a SHA-256 of their address here, per event, and nothing else.
create table registration_optout (
    event_id     bigint      not null references event (id) on delete cascade,
    email_sha256 varchar(64) not null,
    primary key (event_id, email_sha256)
);
