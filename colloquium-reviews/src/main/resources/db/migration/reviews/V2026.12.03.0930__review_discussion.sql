-- The committee's discussion of a submission, and the reviewer an organiser asked to lead it.
create sequence review_comment_seq start with 1 increment by 50;

create table review_comment (
    id            bigint        not null primary key,
    event_id      bigint        not null references event (id) on delete cascade,
    submission_id bigint        not null references submission (id) on delete cascade,
    account_id    bigint        references account (id) on delete set null,
    body          varchar(5000) not null,
    created_at    timestamp with time zone not null
);
create index review_comment_submission on review_comment (submission_id, id);

create table review_lead (
    submission_id bigint not null primary key references submission (id) on delete cascade,
    event_id      bigint not null references event (id) on delete cascade,
    account_id    bigint not null references account (id) on delete cascade,
    set_by        bigint references account (id) on delete set null,
    set_at        timestamp with time zone not null
);
