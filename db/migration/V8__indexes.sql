-- Indexes that earn their keep (architecture review):
-- report (agency_id, report_year) is already indexed by its unique constraint;
-- report_edition (state) alone is the leading column of the publication and scheduling
-- indexes, which serve every query that filters by state;
-- the topic filter (public browse and search rebuilds) looks editions up by topic, and
-- the primary key (edition_id, topic_id) cannot serve that.
DROP INDEX report_agency_year_idx;
DROP INDEX report_edition_state_idx;
CREATE INDEX edition_topic_topic_idx ON edition_topic (topic_id, edition_id);
