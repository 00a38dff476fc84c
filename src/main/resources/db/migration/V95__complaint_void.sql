-- A complaint registered in error, voided (登记错误、作废; ADR 0138, audit 30b F5): the row stays
-- (the register and the audit trail show it 已作废 with the reason), result VOIDED and no longer
-- pending; no report or leadership figure counts it. Who proposed it and why, who approved it and
-- on which day. Its docket and same-complaint keys (V40, V83) are released, so the complaint it
-- was mistaken for, or the same one entered correctly, can be registered. Written by
-- AppealRegister (owner of ogi_appeal).
ALTER TABLE ogi_appeal ADD COLUMN voided_on DATE;
ALTER TABLE ogi_appeal ADD COLUMN void_reason VARCHAR(2000);
ALTER TABLE ogi_appeal ADD COLUMN void_proposed_by VARCHAR(64);
ALTER TABLE ogi_appeal ADD COLUMN void_approved_by VARCHAR(64);
