// Entity resolution's records: review-queue items and judgements, one per (incoming key, candidate), looked up by
// key. Schema statements only: each runs in its own transaction.
CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (i:ReviewItem) REQUIRE i.id IS UNIQUE;
CREATE INDEX review_item_key IF NOT EXISTS FOR (i:ReviewItem) ON (i.key);
CREATE INDEX review_item_status IF NOT EXISTS FOR (i:ReviewItem) ON (i.status);
CREATE INDEX judgement_key IF NOT EXISTS FOR (j:Judgement) ON (j.key);
