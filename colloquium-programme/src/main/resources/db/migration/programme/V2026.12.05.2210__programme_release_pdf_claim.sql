-- The PDFs of a release are made under a claim (pdf_claim_token: the node's name and a random
-- part) whose pdf_claimed_at is renewed every few seconds while the node works. A claim not renewed
-- for the lease is taken over by another node (its node died), instead of after ten minutes; the
-- token keeps a node that was only frozen from storing over the new claim's PDFs when it wakes.
alter table programme_release add column pdf_claim_token varchar(80);
