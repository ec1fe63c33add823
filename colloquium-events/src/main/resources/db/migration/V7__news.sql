-- News of one event or of the whole site, with texts in up to two languages.

create sequence news_item_seq start with 1 increment by 50;

create table news_item (
    id               bigint      not null primary key,
    version          integer     not null default 0,
    -- Null for site-wide news.
    event_id         bigint      references event (id) on delete cascade,
    -- The event's id, or 0 for site-wide news: NULLs never collide in a unique constraint, so the
    -- uniqueness of addresses among site-wide items needs a non-null column.
    scope            bigint      not null,
    slug             varchar(80) not null,
    primary_language varchar(2)  not null,
    -- Null for a draft; in the future for a scheduled item.
    publish_at       timestamp with time zone,
    author_id        bigint      references account (id) on delete set null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint news_item_slug_unique unique (scope, slug),
    constraint news_item_scope_is_event check (
        (event_id is null and scope = 0) or (event_id is not null and scope = event_id)),
    constraint news_item_slug_length check (char_length(slug) between 3 and 80),
    constraint news_item_primary_language_known check (primary_language in ('EN', 'RO')),
    constraint news_item_updated_after_created check (updated_at >= created_at)
);

create index news_item_public on news_item (publish_at);
create index news_item_event on news_item (event_id);

create table news_item_text (
    news_item_id bigint        not null references news_item (id) on delete cascade,
    language     varchar(2)    not null,
    title        varchar(300)  not null,
    body         varchar(100000) not null,
    primary key (news_item_id, language),
    constraint news_item_text_language_known check (language in ('EN', 'RO')),
    constraint news_item_text_title_not_blank check (char_length(trim(title)) > 0)
);
