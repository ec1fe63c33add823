-- The contributions a signed-in visitor starred on an event's public programme, kept so that their
-- agenda follows them from one browser to the next. One row per star: how many people starred a
-- contribution is the audience a room should expect.
CREATE TABLE programme_agenda_star (
  account_id BIGINT NOT NULL,
  event_id BIGINT NOT NULL,
  contribution_id BIGINT NOT NULL,
  PRIMARY KEY (account_id, event_id, contribution_id)
);
