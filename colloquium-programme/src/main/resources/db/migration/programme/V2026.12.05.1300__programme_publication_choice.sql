-- What the authors of an accepted submission agreed the public programme may show of it: the
-- abstract (on the web, in the feeds and in the book of abstracts) and the authors' affiliations.
-- No row means both, as calls for papers announce; a row is the authors' own choice, read when
-- the organisers next publish a release (a published release is never rewritten).
CREATE TABLE programme_publication_choice (
  submission_id BIGINT PRIMARY KEY,
  event_id BIGINT NOT NULL,
  abstract_published BOOLEAN NOT NULL,
  affiliations_published BOOLEAN NOT NULL,
  chosen_by BIGINT NOT NULL,
  chosen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX programme_publication_choice_event ON programme_publication_choice (event_id);
