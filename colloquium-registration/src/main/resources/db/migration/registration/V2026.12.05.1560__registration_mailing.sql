-- Mails from the organisers to a filtered set of registrants. One row per sending; the form's
-- send key is unique per event, so a sending retried (a double click, a timed-out request sent
-- again) queues nothing twice: all of a sending's mails are queued in its one transaction.
create sequence registration_mailing_seq start with 1 increment by 50;

create table registration_mailing (
    id           bigint                   not null primary key,
    event_id     bigint                   not null references event (id) on delete cascade,
    send_key     varchar(64)              not null,
    state_filter varchar(10),
    mode_filter  varchar(9),
    subject      varchar(200)             not null,
    recipients   integer                  not null,
    sent_by      bigint                   references account (id) on delete set null,
    sent_at      timestamp with time zone not null,
    constraint registration_mailing_once unique (event_id, send_key)
);
