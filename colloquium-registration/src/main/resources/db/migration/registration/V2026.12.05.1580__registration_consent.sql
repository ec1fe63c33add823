-- Consents as given, append-only: which text (its version and the SHA-256 of its English and
-- Romanian wording), given or withdrawn, when, and by whom when an organiser recorded it for the
-- person. Kept when the registration is anonymised: they name nobody.
create sequence registration_consent_seq start with 1 increment by 50;

create table registration_consent (
    id              bigint                   not null primary key,
    registration_id bigint                   not null references registration (id) on delete cascade,
    purpose         varchar(20)              not null,
    version         integer                  not null,
    text_sha256     char(64)                 not null,
    given           boolean                  not null,
    at              timestamp with time zone not null,
    recorded_by     bigint                   references account (id) on delete set null
);
create index registration_consent_of on registration_consent (registration_id, at);
