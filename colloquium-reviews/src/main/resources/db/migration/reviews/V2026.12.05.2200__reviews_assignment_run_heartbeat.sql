-- A running assignment says every few seconds that its node is alive (heartbeat_at), under the
-- claim it holds (claim_token: the node's name and a random part). A run whose heartbeat is older
-- than the lease is taken over by another node (its node died), instead of staying "running" until
-- an organiser cancels it; the token keeps a node that was only frozen from storing its proposal
-- over the new claim's when it wakes.
alter table review_assignment_run add column heartbeat_at timestamp with time zone;
alter table review_assignment_run add column claim_token varchar(80);
