-- Disclosure: view counts (浏览次数), written in batches from memory, never one write per view.
ALTER TABLE report ADD COLUMN view_count BIGINT DEFAULT 0 NOT NULL;

-- Public lists filter published editions by agency, year and publication date.
CREATE INDEX report_edition_published_idx ON report_edition (state, published_at);
CREATE INDEX report_agency_year_idx ON report (agency_id, report_year);
