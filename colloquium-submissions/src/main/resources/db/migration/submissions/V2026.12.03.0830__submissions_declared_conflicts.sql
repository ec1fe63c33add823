-- Conflicts of interest the authors declare on the abstract form: committee members who should not
-- review the submission, each with the authors' reason (read by the organisers only).
create table submission_conflict (
    submission_id bigint       not null references submission (id) on delete cascade,
    account_id    bigint       not null references account (id) on delete cascade,
    reason        varchar(300) not null,
    primary key (submission_id, account_id)
);
create index submission_conflict_account on submission_conflict (account_id);
