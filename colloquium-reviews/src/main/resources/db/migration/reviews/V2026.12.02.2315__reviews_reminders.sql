-- When the organisers last reminded the event's late reviewers, so that a second click within the
-- hour sends nothing.
alter table review_setup add column reminded_at timestamp with time zone;
