-- Peer review of an event's submissions: the review's settings and phases, the review form, conflicts
-- of interest, bids and interests, assignments (by hand or computed) and the reviews themselves.
-- Decisions, discussion and author responses come in later scripts of this folder.

create sequence review_criterion_seq start with 1 increment by 50;
create sequence review_assignment_seq start with 1 increment by 50;
create sequence review_seq start with 1 increment by 50;
create sequence review_assignment_run_seq start with 1 increment by 50;

-- One row per event whose review has been set up (created with the defaults on first use).
create table review_setup (
    event_id               bigint       not null primary key references event (id) on delete cascade,
    version                integer      not null default 0,
    reviews_per_submission integer      not null,
    min_load               integer      not null,
    max_load               integer      not null,
    -- a phase switched to by hand holds until a later phase's scheduled start passes
    manual_phase           varchar(12),
    manual_phase_at        timestamp with time zone,
    constraint review_setup_k check (reviews_per_submission between 1 and 20),
    constraint review_setup_loads check (min_load >= 0 and max_load >= min_load and max_load <= 1000),
    constraint review_setup_manual check ((manual_phase is null) = (manual_phase_at is null))
);

-- The five phases of an event's review, each with its start and what it lets people do.
create table review_phase (
    event_id            bigint      not null references review_setup (event_id) on delete cascade,
    kind                varchar(12) not null,
    starts_at           timestamp with time zone,
    skipped             boolean     not null default false,
    reviewers_bid       boolean     not null,
    reviewers_review    boolean     not null,
    other_reviews       varchar(9)  not null,
    reviewer_names      boolean     not null,
    authors_respond     boolean     not null,
    authors_see_reviews boolean     not null,
    organisers_decide   boolean     not null,
    organisers_notify   boolean     not null,
    primary key (event_id, kind),
    constraint review_phase_kind check (kind in ('BIDDING', 'REVIEWING', 'DISCUSSION', 'DECISION', 'NOTIFICATION')),
    constraint review_phase_other_reviews check (other_reviews in ('NEVER', 'AFTER_OWN', 'ALWAYS'))
);

-- The review form: its criteria in order. A scale is one value per line: value, tab, English label,
-- tab, Romanian label.
create table review_criterion (
    id          bigint        not null primary key,
    version     integer       not null default 0,
    event_id    bigint        not null references review_setup (event_id) on delete cascade,
    position    integer       not null,
    field_key   varchar(40)   not null,
    kind        varchar(5)    not null,
    role        varchar(24)   not null,
    label_en    varchar(200)  not null,
    label_ro    varchar(200)  not null,
    help_en     varchar(1000),
    help_ro     varchar(1000),
    scale       varchar(4000),
    weight      integer       not null,
    required    boolean       not null,
    scored      boolean       not null,
    visibility  varchar(9)    not null,
    constraint review_criterion_key_unique unique (event_id, field_key),
    constraint review_criterion_kind check (kind in ('SCALE', 'TEXT')),
    constraint review_criterion_visibility check (visibility in ('COMMITTEE', 'AUTHORS')),
    constraint review_criterion_weight check (weight between 0 and 100),
    constraint review_criterion_scale check ((kind = 'SCALE') = (scale is not null))
);

-- Conflicts of interest found or declared, one row per reason; a pin by an organiser overrides them.
create table review_conflict (
    event_id      bigint       not null references event (id) on delete cascade,
    submission_id bigint       not null references submission (id) on delete cascade,
    account_id    bigint       not null references account (id) on delete cascade,
    kind          varchar(24)  not null,
    detail        varchar(500),
    found_at      timestamp with time zone not null,
    primary key (submission_id, account_id, kind)
);
create index review_conflict_account on review_conflict (event_id, account_id);

create table review_conflict_pin (
    event_id      bigint       not null references event (id) on delete cascade,
    submission_id bigint       not null references submission (id) on delete cascade,
    account_id    bigint       not null references account (id) on delete cascade,
    conflicted    boolean      not null,
    reason        varchar(500),
    pinned_by     bigint       references account (id) on delete set null,
    pinned_at     timestamp with time zone not null,
    primary key (submission_id, account_id)
);
create index review_conflict_pin_account on review_conflict_pin (event_id, account_id);

-- A reviewer's bid on a submission: 2 eager, 1 willing, 0 neutral, -1 rather not (a conflict is a
-- conflict row, not a bid).
create table review_bid (
    event_id      bigint       not null references event (id) on delete cascade,
    submission_id bigint   not null references submission (id) on delete cascade,
    account_id    bigint   not null references account (id) on delete cascade,
    bid           smallint not null,
    updated_at    timestamp with time zone not null,
    primary key (submission_id, account_id),
    constraint review_bid_range check (bid between -1 and 2)
);
create index review_bid_account on review_bid (event_id, account_id);

-- A reviewer's settings in one event: topics of interest (keywords one per line, tracks below) and
-- loads overriding the event's.
create table review_reviewer (
    event_id   bigint        not null references review_setup (event_id) on delete cascade,
    account_id bigint        not null references account (id) on delete cascade,
    version    integer       not null default 0,
    keywords   varchar(2000),
    min_load   integer,
    max_load   integer,
    primary key (event_id, account_id),
    constraint review_reviewer_loads check (
        (min_load is null or min_load >= 0) and (max_load is null or max_load >= 0)
        and (min_load is null or max_load is null or min_load <= max_load))
);

create table review_reviewer_track (
    event_id   bigint not null,
    account_id bigint not null,
    track_id   bigint not null references track (id) on delete cascade,
    primary key (event_id, account_id, track_id),
    foreign key (event_id, account_id) references review_reviewer (event_id, account_id) on delete cascade
);

create table review_assignment (
    id              bigint        not null primary key,
    version         integer       not null default 0,
    event_id        bigint        not null references event (id) on delete cascade,
    submission_id   bigint        not null references submission (id) on delete cascade,
    account_id      bigint        not null references account (id) on delete cascade,
    state           varchar(9)    not null,
    source          varchar(9)    not null,
    assigned_by     bigint        references account (id) on delete set null,
    assigned_at     timestamp with time zone not null,
    declined_reason varchar(1000),
    declined_at     timestamp with time zone,
    constraint review_assignment_pair_unique unique (submission_id, account_id),
    constraint review_assignment_state check (state in ('ASSIGNED', 'DECLINED')),
    constraint review_assignment_source check (source in ('MANUAL', 'AUTOMATIC')),
    constraint review_assignment_declined check ((state = 'DECLINED') = (declined_at is not null))
);
create index review_assignment_event on review_assignment (event_id, account_id);

-- A review: the answers per criterion, and the weighted score kept with it on submitting, so that a
-- dashboard of thousands of submissions reads one row per review.
create table review (
    id             bigint        not null primary key,
    version        integer       not null default 0,
    assignment_id  bigint        not null references review_assignment (id) on delete cascade,
    event_id       bigint        not null references event (id) on delete cascade,
    submission_id  bigint        not null references submission (id) on delete cascade,
    account_id     bigint        not null references account (id) on delete cascade,
    state          varchar(9)    not null,
    weighted_score double precision,
    confidence     integer,
    updated_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    constraint review_assignment_unique unique (assignment_id),
    constraint review_state check (state in ('DRAFT', 'SUBMITTED')),
    constraint review_submitted_when check ((state = 'SUBMITTED') = (submitted_at is not null))
);
create index review_event on review (event_id, submission_id);

create table review_answer (
    review_id  bigint        not null references review (id) on delete cascade,
    field_key  varchar(40)   not null,
    answer     varchar(20000) not null,
    primary key (review_id, field_key)
);

-- A computed assignment: the job's progress and, when done, the proposed pairs until committed.
create table review_assignment_run (
    id                bigint        not null primary key,
    version           integer       not null default 0,
    event_id          bigint        not null references event (id) on delete cascade,
    state             varchar(10)   not null,
    balance           boolean       not null,
    requested_by      bigint        references account (id) on delete set null,
    requested_at      timestamp with time zone not null,
    claimed_at        timestamp with time zone,
    finished_at       timestamp with time zone,
    progress          integer       not null default 0,
    cancel_requested  boolean       not null default false,
    total_cost        bigint,
    message           varchar(1000),
    constraint review_assignment_run_state check (
        state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED', 'COMMITTED', 'DISCARDED'))
);
create index review_assignment_run_event on review_assignment_run (event_id, requested_at);

-- What a finished run proposes: new pairs with their cost, and the submissions left short and why.
create table review_proposed_pair (
    run_id        bigint  not null references review_assignment_run (id) on delete cascade,
    submission_id bigint  not null references submission (id) on delete cascade,
    account_id    bigint  not null references account (id) on delete cascade,
    cost          bigint  not null,
    primary key (run_id, submission_id, account_id)
);

create table review_proposed_shortfall (
    run_id        bigint      not null references review_assignment_run (id) on delete cascade,
    submission_id bigint      not null references submission (id) on delete cascade,
    missing       integer     not null,
    reason        varchar(24) not null,
    primary key (run_id, submission_id)
);
