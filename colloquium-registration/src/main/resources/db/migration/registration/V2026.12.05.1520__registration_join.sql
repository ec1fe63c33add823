-- Personal join links for online attendance, and each time one was used (certificates of
-- attendance count those who joined). The token is kept as it is, not hashed: the person's page
-- shows the link again, and it opens nothing the database does not hold already (the links).
alter table registration add column join_token varchar(64);
create unique index registration_join_token on registration (join_token);

create sequence registration_join_seq start with 1 increment by 50;

create table registration_join (
    id              bigint                   not null primary key,
    registration_id bigint                   not null references registration (id) on delete cascade,
    joined_at       timestamp with time zone not null
);
create index registration_join_of on registration_join (registration_id, joined_at);
