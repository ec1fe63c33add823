-- Submissions to a call for papers and their authors, in order. Numbers are per event (1, 2, 3…);
-- the application takes the next one while holding a lock on the event's row, and the unique
-- constraint below keeps them unique even if that ever failed.

create sequence submission_seq start with 1 increment by 50;
create sequence submission_author_seq start with 1 increment by 50;

create table submission (
    id                   bigint        not null primary key,
    version              integer       not null default 0,
    event_id             bigint        not null references event (id) on delete cascade,
    number               integer       not null,
    submitter_id         bigint        not null references account (id),
    state                varchar(12)   not null,
    title                varchar(300)  not null,
    abstract_text        varchar(60000) not null,
    -- one keyword per line
    keywords             varchar(2000),
    track_id             bigint        references track (id) on delete set null,
    presentation_type_id bigint        references presentation_type (id) on delete set null,
    language             varchar(3)    not null,
    file_sha256          varchar(64)   references stored_file (sha256),
    file_name            varchar(255),
    file_size            bigint,
    file_pages           integer,
    duplicate_of         bigint        references submission (id) on delete set null,
    -- chosen by the client (form or API) so that a retried request finds the first one's result
    idempotency_key      varchar(64)   not null,
    -- title, abstract, keywords and authors, lower case without diacritics: the organisers' search
    search_text          varchar(64000) not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    withdrawn_at         timestamp with time zone,
    constraint submission_number_unique unique (event_id, number),
    constraint submission_idempotency_unique unique (submitter_id, idempotency_key),
    constraint submission_number_positive check (number > 0),
    constraint submission_state_known check (state in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    constraint submission_submitted_when check (state <> 'SUBMITTED' or submitted_at is not null),
    constraint submission_withdrawn_when check (
        (state = 'WITHDRAWN' and withdrawn_at is not null) or (state <> 'WITHDRAWN' and withdrawn_at is null)),
    constraint submission_file_complete check (
        (file_sha256 is null and file_name is null and file_size is null)
        or (file_sha256 is not null and file_name is not null and file_size is not null)),
    constraint submission_not_own_duplicate check (duplicate_of is null or duplicate_of <> id),
    constraint submission_title_not_blank check (length(trim(title)) > 0)
);

create index submission_event_state on submission (event_id, state, number);
create index submission_submitter on submission (submitter_id);
create index submission_event_submitted on submission (event_id, submitted_at);

create table submission_author (
    id               bigint       not null primary key,
    submission_id    bigint       not null references submission (id) on delete cascade,
    position         integer      not null,
    full_name        varchar(200) not null,
    email            varchar(254) not null,
    affiliation      varchar(300),
    country          varchar(2),
    orcid            varchar(19),
    -- 'Y' for the presenting author, null for the others: with the unique constraint below, at most
    -- one presenting author per submission (NULLs never collide)
    presenting       varchar(1),
    may_edit         boolean      not null default false,
    constraint submission_author_position_unique unique (submission_id, position),
    constraint submission_author_email_unique unique (submission_id, email),
    constraint submission_author_one_presenting unique (submission_id, presenting),
    constraint submission_author_presenting_marker check (presenting is null or presenting = 'Y'),
    constraint submission_author_email_lower_case check (email = lower(email)),
    constraint submission_author_position_positive check (position > 0)
);

-- co-authors find their submissions by their account's address
create index submission_author_email on submission_author (email);
