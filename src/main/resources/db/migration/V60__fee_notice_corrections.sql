-- Audit round 25 F4: a fee notice that is wrong can be corrected (更正收费通知) or withdrawn
-- (撤销收费), and what leadership approved is on the notice (ADR 0086).
--
-- scheme, counted: how the amount was reached, as the notice states it: PER_REQUEST with the
-- request's number in its month, or PER_PAGE with the pages (国办函〔2020〕109号, handbook 2.12).
-- NULL on notices issued before this migration.
ALTER TABLE ogi_fee_notice ADD COLUMN scheme VARCHAR(16);
ALTER TABLE ogi_fee_notice ADD COLUMN counted INTEGER;

-- The leader who approved the reply with this amount (领导审批答复); NULL when the reply needed
-- no approval (the office's own submission issued the notice) and on a corrected notice, which
-- only lowers an amount already approved or issued.
ALTER TABLE ogi_fee_notice ADD COLUMN approved_by VARCHAR(64);

-- A correction: the notice that replaced this one (a lower amount, a new 文号, the 20 working
-- days to pay counted again from its service), or the day the demand was withdrawn (the case
-- goes on without a fee); the office's reason and who corrected it. Only a notice with neither
-- is in force: the annual report counts only those (section 六, 本年发出收费通知).
ALTER TABLE ogi_fee_notice ADD COLUMN superseded_by BIGINT;
ALTER TABLE ogi_fee_notice ADD COLUMN withdrawn_on DATE;
ALTER TABLE ogi_fee_notice ADD COLUMN correction_reason VARCHAR(2000);
ALTER TABLE ogi_fee_notice ADD COLUMN corrected_by VARCHAR(64);
ALTER TABLE ogi_fee_notice ADD CONSTRAINT ogi_fee_notice_superseded_by
  FOREIGN KEY (superseded_by) REFERENCES ogi_fee_notice (id);
