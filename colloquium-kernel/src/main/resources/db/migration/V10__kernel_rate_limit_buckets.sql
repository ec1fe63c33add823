-- Rate limits and quotas (kernel limits): one Bucket4j token bucket per key, such as
-- 'sign-in.client[60/PT1H]:203.0.113.7'. The state is Bucket4j's own serialised form; a request
-- locks the row (select ... for update) while it takes tokens, so every node sees the same count.
-- A row whose bucket would be full again by expires_at can be deleted: a missing row means a full
-- bucket. The hand-written counters of V1 (throttle) are replaced by these buckets.

create table rate_limit_bucket (
    bucket_key varchar(400) not null primary key,
    -- null only for a row just inserted, before its first use fills it
    state      bytea,
    expires_at timestamp with time zone not null
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

drop table throttle;
