-- When a registration lost the person's details: deleted by them, or past the platform's retention
-- after its event. The row stays (counts, history) with nothing that names anyone.
alter table registration add column anonymised_at timestamp with time zone;
create index registration_not_anonymised on registration (event_id, anonymised_at);
