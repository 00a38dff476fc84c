-- Audit 33a F4 (ADR 0152): a planned line (item, channel) that 登记发布情况 marked 未发布 may be
-- published later (e.g. the gazette issue that was not out yet): the later registration replaces
-- the ogi_publication_skip row with a publication. Its ogi_publication_channel row keeps what it
-- replaced (the 未发布 reason, who recorded it and when; null for the lines of 登记发布情况) and
-- the notes of its line rules (逾期原因, 已按处理说明处理后发布), for the batch's audit trail.
ALTER TABLE ogi_publication_channel ADD COLUMN replaced_reason VARCHAR(2000);
ALTER TABLE ogi_publication_channel ADD COLUMN replaced_by VARCHAR(64);
ALTER TABLE ogi_publication_channel ADD COLUMN replaced_at TIMESTAMP;
ALTER TABLE ogi_publication_channel ADD COLUMN line_notes VARCHAR(4000);
