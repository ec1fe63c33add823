-- The organisers' own questions, after the built-in ones (which stay columns of registration).
-- A field with answers is hidden rather than deleted, so exports keep what people said; a choice
-- may hold places: taken counts the registrations not over that chose it, and moves only by
-- conditional updates whose row count decides (as the quota rows do), with the check as backstop.
create sequence registration_field_seq start with 1 increment by 50;
create sequence registration_field_choice_seq start with 1 increment by 50;

create table registration_field (
    id                bigint        not null primary key,
    event_id          bigint        not null references event (id) on delete cascade,
    position          int           not null,
    kind              varchar(10)   not null,
    label_en          varchar(300)  not null,
    label_ro          varchar(300)  not null,
    help_en           varchar(1000),
    help_ro           varchar(1000),
    required          boolean       not null,
    show_at_check_in  boolean       not null,
    hidden            boolean       not null,
    version           int           not null,
    constraint registration_field_kind check (kind in ('SECTION', 'TEXT', 'LONG_TEXT', 'NUMBER',
        'DATE', 'CHOICE', 'MULTIPLE', 'COUNTRY', 'YES_NO', 'CONSENT'))
);
create index registration_field_event on registration_field (event_id, position);

create table registration_field_choice (
    id        bigint       not null primary key,
    field_id  bigint       not null references registration_field (id) on delete cascade,
    position  int          not null,
    label_en  varchar(300) not null,
    label_ro  varchar(300) not null,
    capacity  int,
    taken     int          default 0 not null,
    constraint registration_field_choice_places check (capacity is null or taken <= capacity),
    constraint registration_field_choice_taken check (taken >= 0)
);
create index registration_field_choice_field on registration_field_choice (field_id);

create table registration_answer (
    registration_id bigint        not null references registration (id) on delete cascade,
    field_id        bigint        not null references registration_field (id) on delete cascade,
    answer          varchar(4000) not null,
    primary key (registration_id, field_id)
);
create index registration_answer_field on registration_answer (field_id);

create table registration_answer_choice (
    registration_id bigint not null references registration (id) on delete cascade,
    choice_id       bigint not null references registration_field_choice (id) on delete cascade,
    primary key (registration_id, choice_id)
);
create index registration_answer_choice_choice on registration_answer_choice (choice_id);

-- A visitor's answers wait with their request until the address is confirmed.
alter table registration_request add column form_answers varchar(1000000);
