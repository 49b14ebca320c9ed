-- The core path under real use: audit subjects shown in Chinese, accounts that must change an
-- admin-set password, replies to remarks, the clerk's note on a resubmission, and the checks
-- as they stood at each submission.

-- What an audit event concerned, as a code pages name in Chinese (a part kind, METADATA,
-- IMPORT …); detail keeps only people's own words and values. Earlier rows wrote English
-- phrases into detail: they move to their codes here.
ALTER TABLE audit_event ADD COLUMN subject VARCHAR(32);
UPDATE audit_event SET subject = 'METADATA', detail = NULL WHERE action = 'SAVE' AND detail = 'metadata';
UPDATE audit_event SET subject = 'IMPORT', detail = NULL WHERE action = 'SAVE' AND detail = 'import';
UPDATE audit_event SET subject = detail, detail = NULL
    WHERE action = 'SAVE' AND detail IN ('MEASURES', 'PROBLEMS', 'RESPONSIBLE_PERSON', 'NEXT_YEAR_PLANS', 'OTHER');
UPDATE audit_event SET subject = 'SECRECY_REVIEWED', detail = NULL
    WHERE action = 'PUBLISH' AND detail = 'secrecy review confirmed';
UPDATE audit_event SET subject = 'SCHEDULED_PUBLICATION', detail = NULL
    WHERE action = 'PUBLISH' AND detail = 'scheduled publication';
UPDATE audit_event SET subject = 'SCHEDULE_AT', detail = SUBSTRING(detail FROM 38)
    WHERE action = 'SCHEDULE' AND detail LIKE 'secrecy review confirmed; publish at %';
UPDATE audit_event SET subject = 'CORRECTS', detail = SUBSTRING(detail FROM 20)
    WHERE action = 'CORRECT' AND detail LIKE 'correcting edition %';
UPDATE audit_event SET subject = 'DEMO', detail = NULL WHERE detail = 'demo data';
UPDATE audit_event SET subject = 'ARCHIVED_FROM' WHERE action = 'ARCHIVE';
UPDATE audit_event SET subject = 'MEASURES', detail = SUBSTRING(detail FROM 11)
    WHERE action = 'REMARK' AND detail LIKE 'MEASURES: %';
UPDATE audit_event SET subject = 'PROBLEMS', detail = SUBSTRING(detail FROM 11)
    WHERE action = 'REMARK' AND detail LIKE 'PROBLEMS: %';
UPDATE audit_event SET subject = 'RESPONSIBLE_PERSON', detail = SUBSTRING(detail FROM 21)
    WHERE action = 'REMARK' AND detail LIKE 'RESPONSIBLE_PERSON: %';
UPDATE audit_event SET subject = 'NEXT_YEAR_PLANS', detail = SUBSTRING(detail FROM 18)
    WHERE action = 'REMARK' AND detail LIKE 'NEXT_YEAR_PLANS: %';
UPDATE audit_event SET subject = 'OTHER', detail = SUBSTRING(detail FROM 8)
    WHERE action = 'REMARK' AND detail LIKE 'OTHER: %';

-- A password an admin set or reset (or a bulk import generated) is known to someone else:
-- its owner must choose their own at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- The clerk's short answer to a remark, shown to the reviewer beside it.
ALTER TABLE review_remark ADD COLUMN reply VARCHAR(1000);
ALTER TABLE review_remark ADD COLUMN replied_by VARCHAR(64);
ALTER TABLE review_remark ADD COLUMN replied_at TIMESTAMP WITH TIME ZONE;

-- 修改说明: what the clerk changed, written when resubmitting a returned report.
ALTER TABLE submission ADD COLUMN change_note VARCHAR(2000);

-- The checks as they stood when the report was submitted: what the reviewer is shown, even
-- after the deadline or last year's report have moved on.
CREATE TABLE submission_check (
    submission_id  BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    blocking       BOOLEAN      NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    part           VARCHAR(24),
    argument       VARCHAR(200),
    PRIMARY KEY (submission_id, position)
);
