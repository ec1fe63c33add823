-- The co-authors whose notice was not mailed because a daily quota (the sender's or the
-- address's) was used up, one address per line; null when everyone was told. The submitter and the
-- organisers see them, and the next save of the submission tries them again.

alter table submission add column coauthors_not_notified varchar(8000);
