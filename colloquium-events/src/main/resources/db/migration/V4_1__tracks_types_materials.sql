-- Tracks with their chairs, presentation types, logos of the organising and partner institutions,
-- attached PDFs and media links of events. Files themselves are in stored_file (V4, kernel).

alter table event add column logo_file varchar(64);
alter table event add constraint event_logo_file_fk foreign key (logo_file) references stored_file (sha256);
alter table event_partner add column logo_file varchar(64);
alter table event_partner add constraint event_partner_logo_file_fk foreign key (logo_file) references stored_file (sha256);

create sequence track_seq start with 1 increment by 50;

create table track (
    id          bigint        not null primary key,
    version     integer       not null default 0,
    event_id    bigint        not null references event (id) on delete cascade,
    position    integer       not null,
    name        varchar(200)  not null,
    description varchar(2000),
    constraint track_name_unique unique (event_id, name),
    constraint track_name_not_blank check (length(trim(name)) > 0),
    constraint track_position_not_negative check (position >= 0)
);

create table track_chair (
    track_id   bigint not null references track (id) on delete cascade,
    account_id bigint not null references account (id) on delete cascade,
    primary key (track_id, account_id)
);

create sequence presentation_type_seq start with 1 increment by 50;

create table presentation_type (
    id               bigint       not null primary key,
    version          integer      not null default 0,
    event_id         bigint       not null references event (id) on delete cascade,
    position         integer      not null,
    name             varchar(200) not null,
    duration_minutes integer,
    constraint presentation_type_name_unique unique (event_id, name),
    constraint presentation_type_name_not_blank check (length(trim(name)) > 0),
    constraint presentation_type_duration_range
        check (duration_minutes is null or (duration_minutes >= 5 and duration_minutes <= 480)),
    constraint presentation_type_position_not_negative check (position >= 0)
);

create sequence event_attachment_seq start with 1 increment by 50;

create table event_attachment (
    id          bigint       not null primary key,
    version     integer      not null default 0,
    event_id    bigint       not null references event (id) on delete cascade,
    position    integer      not null,
    kind        varchar(20)  not null,
    title       varchar(200) not null,
    language    varchar(2),
    file_name   varchar(120) not null,
    file_sha256 varchar(64)  not null references stored_file (sha256),
    created_at  timestamp with time zone not null,
    constraint event_attachment_file_name_unique unique (event_id, file_name),
    constraint event_attachment_kind_known check (kind in ('PRESS_RELEASE', 'PROGRAMME', 'OTHER')),
    constraint event_attachment_language_known check (language is null or language in ('EN', 'RO')),
    constraint event_attachment_title_not_blank check (length(trim(title)) > 0),
    constraint event_attachment_file_name_pdf check (file_name like '%.pdf')
);

create sequence media_link_seq start with 1 increment by 50;

create table media_link (
    id       bigint       not null primary key,
    version  integer      not null default 0,
    event_id bigint       not null references event (id) on delete cascade,
    position integer      not null,
    title    varchar(200) not null,
    url      varchar(500) not null,
    kind     varchar(10)  not null,
    constraint media_link_kind_known check (kind in ('VIDEO', 'AUDIO', 'ARTICLE', 'OTHER')),
    constraint media_link_title_not_blank check (length(trim(title)) > 0),
    constraint media_link_url_web check (lower(url) like 'http://%' or lower(url) like 'https://%')
);

create index track_event on track (event_id, position);
create index presentation_type_event on presentation_type (event_id, position);
create index event_attachment_event on event_attachment (event_id, position);
create index media_link_event on media_link (event_id, position);
