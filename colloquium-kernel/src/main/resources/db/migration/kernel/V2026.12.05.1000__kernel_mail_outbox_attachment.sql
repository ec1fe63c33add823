-- Kernel: a mail may carry one small text file, such as the calendar entries sent to speakers whose
-- slots changed (issue 13). Stored with the row so that it exists exactly when the mail does; its
-- content is removed with the body after the retention period, its name and type stay like the
-- subject. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table mail_outbox add column attachment_name varchar(200);
alter table mail_outbox add column attachment_type varchar(200);
-- 256 KiB of UTF-8 at most (MailAttachment.MAX_BYTES), so never more characters than that.
alter table mail_outbox add column attachment_content varchar(262144);

alter table mail_outbox add constraint mail_outbox_attachment_named
    check ((attachment_name is null and attachment_type is null and attachment_content is null)
        or (attachment_name is not null and attachment_type is not null));
