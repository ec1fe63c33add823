-- The call for papers gets its later dates, a grace period, the abstract form's rules and the
-- review mode. Existing calls keep their dates and get the defaults.

alter table call_for_papers add column full_paper_deadline timestamp with time zone;
alter table call_for_papers add column notification_at timestamp with time zone;
alter table call_for_papers add column camera_ready_at timestamp with time zone;
alter table call_for_papers add column grace_minutes integer not null default 0;
alter table call_for_papers add column word_limit integer not null default 300;
alter table call_for_papers add column min_keywords integer not null default 3;
alter table call_for_papers add column max_keywords integer not null default 5;
alter table call_for_papers add column track_required boolean not null default false;
alter table call_for_papers add column type_required boolean not null default false;
alter table call_for_papers add column pdf_policy varchar(12) not null default 'OPTIONAL';
alter table call_for_papers add column max_file_mb integer not null default 10;
alter table call_for_papers add column review_mode varchar(12) not null default 'DOUBLE_BLIND';

alter table call_for_papers add constraint call_for_papers_full_paper_after_abstract
    check (full_paper_deadline is null or full_paper_deadline >= abstract_deadline);
alter table call_for_papers add constraint call_for_papers_notification_after_deadlines
    check (notification_at is null
           or (notification_at > abstract_deadline
               and (full_paper_deadline is null or notification_at > full_paper_deadline)));
alter table call_for_papers add constraint call_for_papers_camera_ready_after_notification
    check (camera_ready_at is null
           or camera_ready_at >= coalesce(notification_at, full_paper_deadline, abstract_deadline));
alter table call_for_papers add constraint call_for_papers_grace_range
    check (grace_minutes between 0 and 1440);
alter table call_for_papers add constraint call_for_papers_word_limit_range
    check (word_limit between 50 and 5000);
alter table call_for_papers add constraint call_for_papers_keywords_range
    check (max_keywords between 0 and 20 and min_keywords between 0 and max_keywords);
alter table call_for_papers add constraint call_for_papers_file_size_range
    check (max_file_mb between 1 and 50);
alter table call_for_papers add constraint call_for_papers_pdf_policy_known
    check (pdf_policy in ('NOT_ALLOWED', 'OPTIONAL', 'REQUIRED'));
alter table call_for_papers add constraint call_for_papers_review_mode_known
    check (review_mode in ('SINGLE_BLIND', 'DOUBLE_BLIND', 'OPEN'));
