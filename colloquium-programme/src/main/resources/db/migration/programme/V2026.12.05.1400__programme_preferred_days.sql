-- The days on which the speakers of an accepted submission would rather present, as its authors
-- say on its page: a wish the automatic draft tries to meet (a soft constraint), unlike an
-- unavailability. One row per submission; the days are ISO dates in the event's zone, comma-separated.
CREATE TABLE programme_preferred_days (
  submission_id BIGINT PRIMARY KEY,
  event_id BIGINT NOT NULL,
  days VARCHAR(200) NOT NULL,
  chosen_by BIGINT NOT NULL,
  chosen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX programme_preferred_days_event ON programme_preferred_days (event_id);
