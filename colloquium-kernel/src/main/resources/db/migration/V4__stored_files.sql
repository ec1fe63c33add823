-- Kernel: stored files, content-addressed by SHA-256. In the database, so that a backup of the
-- database is a backup of everything (logos, attachments, later the submissions' PDFs).

create table stored_file (
    sha256       varchar(64)  not null primary key,
    content      bytea        not null,
    size_bytes   bigint       not null,
    content_type varchar(100) not null,
    created_at   timestamp with time zone not null,
    constraint stored_file_sha256_hex check (length(sha256) = 64 and sha256 = lower(sha256)),
    constraint stored_file_size_positive check (size_bytes > 0),
    constraint stored_file_type_known check (content_type in ('image/png', 'image/jpeg', 'application/pdf'))
);
