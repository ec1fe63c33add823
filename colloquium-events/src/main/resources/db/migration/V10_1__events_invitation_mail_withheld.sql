-- A committee invitation that was saved but not mailed, because a daily quota of invitation mails
-- (per organiser or per address) was used up: the committee page says so until it is sent again.

alter table event_invitation add column mail_withheld_at timestamp with time zone;
