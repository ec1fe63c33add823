-- Per-track reviewer pools: a reviewer with a pool reviews only submissions of its tracks, by
-- hand or by the automatic assignment; no row means every track.
create table review_reviewer_pool (
    event_id   bigint not null,
    account_id bigint not null,
    track_id   bigint not null references track (id) on delete cascade,
    primary key (event_id, account_id, track_id),
    foreign key (event_id, account_id) references review_reviewer (event_id, account_id) on delete cascade
);
