-- Kernel: the secrets of single-use links (confirmation, reset, invitation) are kept apart from
-- the mail's text and dropped once it is sent; the text of a sent mail is removed after the
-- retention period (issue 10). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table mail_outbox add column secret_values varchar(4000);
alter table mail_outbox add column body_purged_at timestamp with time zone;

alter table mail_outbox add constraint mail_outbox_purged_only_when_sent
    check (body_purged_at is null or state = 'SENT');

-- The daily retention run: sent mails by the time they were sent.
create index mail_outbox_sent_at on mail_outbox (state, sent_at);
