-- A release's programme PDF and book of abstracts, made in the background by the node that claims
-- the release (a node that died while making them leaves a claim that expires) and stored as files.

alter table programme_release add column pdf_state varchar(7) default 'PENDING' not null;
alter table programme_release add column pdf_claimed_at timestamp with time zone;
alter table programme_release add column pdf_message varchar(300);
alter table programme_release add column programme_pdf varchar(64) references stored_file (sha256);
alter table programme_release add column programme_pages integer;
alter table programme_release add column book_pdf varchar(64) references stored_file (sha256);
alter table programme_release add column book_pages integer;
alter table programme_release add constraint programme_release_pdf_state
    check (pdf_state in ('PENDING', 'RUNNING', 'DONE', 'FAILED'));

create index programme_release_pdf_state on programme_release (pdf_state);
create index programme_release_programme_pdf on programme_release (programme_pdf);
create index programme_release_book_pdf on programme_release (book_pdf);
