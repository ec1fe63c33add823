-- One counter that every change to what the public pages show moves forward, in the same
-- transaction as the change. Each node's cache of rendered public pages compares it with the value
-- it rendered under, so an edit on one node empties the caches of all nodes.
create table public_content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into public_content_version (id, version) values (1, 0);
