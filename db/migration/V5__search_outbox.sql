-- Search: the writing transaction's id on each outbox row, so the indexer can consume rows
-- in commit-safe order (see db/vendor/postgresql). Null on H2, which orders by id alone.
ALTER TABLE search_outbox ADD COLUMN txid BIGINT;
CREATE INDEX search_outbox_txid_idx ON search_outbox (txid);
CREATE INDEX search_outbox_created_idx ON search_outbox (created_at);
