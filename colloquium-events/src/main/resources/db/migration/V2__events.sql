-- Events, partners, calls for papers and per-event roles.

create sequence event_seq start with 1 increment by 50;

create table event (
    id            bigint       not null primary key,
    version       integer      not null default 0,
    slug          varchar(80)  not null,
    title         varchar(400) not null,
    subtitle      varchar(400),
    description   varchar(100000),
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    time_zone     varchar(60)  not null,
    venue_name    varchar(300),
    venue_address varchar(500),
    attendance    varchar(10)  not null,
    status        varchar(10)  not null,
    content_language varchar(2) not null default 'EN',
    organiser_name varchar(300),
    organiser_url  varchar(500),
    created_at    timestamp with time zone not null,
    constraint event_slug_unique unique (slug),
    constraint event_ends_after_start check (ends_at > starts_at),
    constraint event_attendance_known check (attendance in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint event_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint event_content_language_known check (content_language in ('EN', 'RO'))
);

create index event_public_dates on event (status, ends_at);

create table event_partner (
    event_id bigint       not null references event (id) on delete cascade,
    position integer      not null,
    name     varchar(300) not null,
    url      varchar(500),
    primary key (event_id, position)
);

create sequence call_for_papers_seq start with 1 increment by 50;

create table call_for_papers (
    id                bigint  not null primary key,
    version           integer not null default 0,
    event_id          bigint  not null references event (id) on delete cascade,
    opens_at          timestamp with time zone not null,
    abstract_deadline timestamp with time zone not null,
    eligibility       varchar(2000),
    constraint call_for_papers_one_per_event unique (event_id),
    constraint call_for_papers_deadline_after_opening check (abstract_deadline > opens_at)
);

create sequence event_member_seq start with 1 increment by 50;

create table event_member (
    id         bigint      not null primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    granted_at timestamp with time zone not null,
    constraint event_member_unique unique (event_id, account_id, role),
    constraint event_member_role_known check (role in ('ORGANISER', 'TRACK_CHAIR', 'REVIEWER'))
);

create index event_member_account on event_member (account_id, role);
