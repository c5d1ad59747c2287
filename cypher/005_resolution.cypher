// Entity resolution's records: review-queue items and judgements, one per (incoming key, candidate). Schema
// statements only: each runs in its own transaction.
CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (i:ReviewItem) REQUIRE i.id IS UNIQUE;
CREATE INDEX review_item_pair IF NOT EXISTS FOR (i:ReviewItem) ON (i.key, i.candidate);
CREATE INDEX review_item_status IF NOT EXISTS FOR (i:ReviewItem) ON (i.status, i.sort);
CREATE INDEX judgement_pair IF NOT EXISTS FOR (j:Judgement) ON (j.key, j.candidate);
