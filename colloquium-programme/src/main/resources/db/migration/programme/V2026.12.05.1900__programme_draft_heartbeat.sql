-- A running draft says every few seconds that its node is alive (heartbeat_at), under the claim it
-- holds (claim_token: the node's name and a random part). A draft whose heartbeat is older than
-- the lease is taken over by another node: its node died. The token keeps a node that was only
-- frozen from storing over the new claim's result when it wakes.
alter table programme_draft_run add column heartbeat_at timestamp with time zone;
alter table programme_draft_run add column claim_token varchar(80);
