-- Certificates of attendance, issued after the event to those who came: checked in at the door, or
-- joined online through their personal link. The code is the certificate's public name, printed
-- on it and behind its verification address; one certificate per registration and kind, so that
-- issuing again (or twice at once) makes none twice. The hours are the event's, printed on all.
create sequence registration_certificate_seq start with 1 increment by 50;

create table registration_certificate (
    id              bigint                   not null primary key,
    event_id        bigint                   not null references event (id) on delete cascade,
    registration_id bigint                   not null references registration (id) on delete cascade,
    kind            varchar(12)              not null,
    code            varchar(16)              not null,
    full_name       varchar(200)             not null,
    affiliation     varchar(300),
    mode            varchar(9)               not null,
    issued_at       timestamp with time zone not null,
    mailed_at       timestamp with time zone,
    constraint registration_certificate_code unique (code),
    constraint registration_certificate_once unique (registration_id, kind),
    constraint registration_certificate_kind check (kind in ('ATTENDANCE'))
);

create index registration_certificate_event on registration_certificate (event_id);

alter table registration_settings add column certificate_hours numeric(4, 1);
