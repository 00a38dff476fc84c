-- A registration made in error, voided (登记错误、作废; ADR 0119, audit 30b F3): the case keeps its
-- row and its tracking number (numbers have no gaps; the ledger shows it as 已作废) with status
-- VOIDED, which no annual report cell counts. Who proposed it and why, the case it duplicates
-- (if any), who approved it and on which day. Written by CaseRegister (owner of ogi_case).
ALTER TABLE ogi_case ADD COLUMN voided_on DATE;
ALTER TABLE ogi_case ADD COLUMN void_reason VARCHAR(2000);
ALTER TABLE ogi_case ADD COLUMN void_duplicate_of VARCHAR(20);
ALTER TABLE ogi_case ADD COLUMN void_proposed_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN void_approved_by VARCHAR(64);

-- The same complaint registered twice without a docket number (audit 30b F5, ADR 0119): the key
-- is a SHA-256 of the body, the request's tracking number or the reference, the day served and
-- the text, each as AppealRegister.normalized folds it; null when a docket number decides (V40)
-- or the office confirmed another complaint. The unique key lets one of two concurrent
-- registrations through, on every node. Rows registered before keep null.
ALTER TABLE ogi_appeal ADD COLUMN complaint_same_key VARCHAR(64);
CREATE UNIQUE INDEX ogi_appeal_complaint_same ON ogi_appeal (complaint_same_key);
