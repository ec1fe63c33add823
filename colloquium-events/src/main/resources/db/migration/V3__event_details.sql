-- Event details of issue 3: series and edition, venue map and online stream links, a contact
-- address, and the texts in the second language.

alter table event add column series_name varchar(300);
alter table event add column edition integer;
alter table event add column venue_map_url varchar(500);
alter table event add column stream_url varchar(500);
alter table event add column contact_email varchar(254);

alter table event add constraint event_edition_positive check (edition is null or edition > 0);
alter table event add constraint event_venue_map_url_web
    check (venue_map_url is null or venue_map_url like 'http://%' or venue_map_url like 'https://%');
alter table event add constraint event_stream_url_web
    check (stream_url is null or stream_url like 'http://%' or stream_url like 'https://%');
alter table event add constraint event_contact_email_shape
    check (contact_email is null or contact_email like '_%@_%._%');

-- The title, subtitle and description in the language other than event.content_language.
create table event_text (
    event_id    bigint         not null references event (id) on delete cascade,
    language    varchar(2)     not null,
    title       varchar(400)   not null,
    subtitle    varchar(400),
    description varchar(100000),
    primary key (event_id, language),
    constraint event_text_language_known check (language in ('EN', 'RO')),
    constraint event_text_title_not_blank check (length(trim(title)) > 0)
);

create index event_series on event (series_name, edition);
