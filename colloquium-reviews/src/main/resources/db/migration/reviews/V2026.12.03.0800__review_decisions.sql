-- Organisers' decisions on submissions. A decision is pending until the authors are notified; the
-- notified columns keep what the authors were told, so that changing a decision afterwards neither
-- hides the old one from them nor reaches them before the next notification.
create table review_decision (
    submission_id      bigint        not null primary key references submission (id) on delete cascade,
    event_id           bigint        not null references event (id) on delete cascade,
    version            integer       not null default 0,
    outcome            varchar(10)   not null,
    -- accepted as this presentation type in this track (both null when the submission's stay)
    type_id            bigint        references presentation_type (id) on delete set null,
    track_id           bigint        references track (id) on delete set null,
    -- the submission a duplicate repeats, or the one this one is merged into
    other_id           bigint        references submission (id),
    note               varchar(2000),
    decided_by         bigint        references account (id) on delete set null,
    decided_at         timestamp with time zone not null,
    pending            boolean       not null,
    notified_outcome   varchar(10),
    notified_type_id   bigint        references presentation_type (id) on delete set null,
    notified_track_id  bigint        references track (id) on delete set null,
    notified_at        timestamp with time zone,
    constraint review_decision_outcome check (outcome in ('ACCEPT', 'POSTER', 'REVISIONS', 'REJECT', 'DUPLICATE', 'MERGED')),
    constraint review_decision_notified check ((notified_outcome is null) = (notified_at is null)),
    constraint review_decision_other check ((outcome in ('DUPLICATE', 'MERGED')) = (other_id is not null))
);
create index review_decision_event on review_decision (event_id);
