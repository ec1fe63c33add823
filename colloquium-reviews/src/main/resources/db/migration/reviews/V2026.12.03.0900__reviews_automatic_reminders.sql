-- Automatic reminders to late reviewers, so many days before the reviewing phase ends (0: none),
-- and the end they were last sent for (sent once per end, even on a cluster).
alter table review_setup add column remind_days_before integer not null default 3;
alter table review_setup add column auto_reminded_for timestamp with time zone;
alter table review_setup add constraint review_setup_remind check (remind_days_before between 0 and 30);
