-- Presenting authors of accepted submissions are registered as speakers: outside the places of
-- their mode (they hold no quota place and wait for none), with the titles they present, which
-- their badge's role and their certificate of presentation come from.
alter table registration add column speaker boolean default false not null;
alter table registration add column speaker_titles varchar(2000);

alter table registration_certificate add column title varchar(2000);
alter table registration_certificate drop constraint registration_certificate_kind;
alter table registration_certificate add constraint registration_certificate_kind
    check (kind in ('ATTENDANCE', 'PRESENTATION'));
