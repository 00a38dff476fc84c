-- Two facts the server checks and letters print from the register (ADR 0064).
--
-- The day the applicant received a fee notice (收费通知送达): the 20 working days to pay run from
-- it (Art. 42, 国办函〔2020〕109号, handbook 2.12), and 确认逾期未缴费 may close the case as 6.2
-- only once they have run. NULL on notices served before this migration (the process variable
-- feeNoticeServedOn still holds it for those) and on a notice not yet served.
ALTER TABLE ogi_fee_notice ADD COLUMN served_on DATE;
