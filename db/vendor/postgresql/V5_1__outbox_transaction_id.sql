-- PostgreSQL stamps each outbox row with its transaction id. A poller reading "id > last"
-- can skip a row whose transaction commits after a later id was consumed; consuming rows by
-- transaction id below pg_snapshot_xmin(pg_current_snapshot()) never can.
ALTER TABLE search_outbox ALTER COLUMN txid SET DEFAULT (pg_current_xact_id()::text::bigint);
