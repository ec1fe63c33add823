-- The authors' one response to the reviews (a rebuttal), in a phase that lets authors respond.
create table review_response (
    submission_id bigint         not null primary key references submission (id) on delete cascade,
    event_id      bigint         not null references event (id) on delete cascade,
    account_id    bigint         references account (id) on delete set null,
    body          varchar(20000) not null,
    words         integer        not null,
    submitted_at  timestamp with time zone not null
);
