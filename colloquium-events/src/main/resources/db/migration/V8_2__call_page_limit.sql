-- A call may limit the number of pages of the PDF that comes with an abstract (null: no limit).

alter table call_for_papers add column max_pages integer;
alter table call_for_papers add constraint call_for_papers_max_pages_range
    check (max_pages is null or (max_pages between 1 and 500));
