-- Complaints and reports (申诉、举报, Art. 51 of the 2019 Regulation) need not be about a request:
-- one about proactive disclosure (a publication batch, ZDGK-…) or about the agency's OGI work in
-- general has no tracking number. It gets its own number (SSJB-…, its process's business key) and
-- may name what it is about; it is counted in the legacy 附表 row 接受行政申诉、举报数 as before.
ALTER TABLE ogi_appeal ALTER COLUMN tracking_number DROP NOT NULL;
ALTER TABLE ogi_appeal ADD COLUMN complaint_no VARCHAR(20);
ALTER TABLE ogi_appeal ADD COLUMN complaint_reference VARCHAR(100);
CREATE UNIQUE INDEX ogi_appeal_complaint_no ON ogi_appeal (complaint_no);
-- One registration per body and docket number (来文编号): a complaint passed on once is counted once.
CREATE INDEX ogi_appeal_docket ON ogi_appeal (body_or_court, docket_no);
