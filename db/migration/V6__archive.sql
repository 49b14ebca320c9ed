-- Where a backfilled edition came from (file name or address of the old disclosure page).
ALTER TABLE report_edition ADD COLUMN archived_from VARCHAR(500);
