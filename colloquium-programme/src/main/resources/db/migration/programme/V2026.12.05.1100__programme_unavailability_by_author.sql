-- Authors say on their submission's page when its speakers cannot attend. Such an entry names the
-- submission it was made on: its authors may take it back, organisers see where it came from, and
-- an entry the organisers typed (no submission) stays theirs.
ALTER TABLE programme_unavailability ADD COLUMN submission_id BIGINT;
CREATE INDEX programme_unavailability_submission ON programme_unavailability (submission_id);
