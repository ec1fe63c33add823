-- Tickets and check-in. Each event has its own Ed25519 key pair: a ticket is the registration's id
-- signed for that event, so a door device holding only the public key can check it without the
-- network. Check-in is one conditional update of checked_in_at (two helpers scanning the same
-- ticket at once: the first wins, the second reads "already checked in").
create table registration_ticket_key (
    event_id    bigint                   not null primary key references event (id) on delete cascade,
    public_key  varchar(200)             not null,
    private_key varchar(400)             not null,
    created_at  timestamp with time zone not null
);

alter table registration add column checked_in_at timestamp with time zone;
alter table registration add column checked_in_by bigint references account (id) on delete set null;
