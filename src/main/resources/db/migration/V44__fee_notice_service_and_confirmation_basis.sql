-- Two facts the server checks and letters print from the register (ADR 0064).
--
-- The day the applicant received a fee notice (收费通知送达): the 20 working days to pay run from
-- it (Art. 42, 国办函〔2020〕109号, handbook 2.12), and 确认逾期未缴费 may close the case as 6.2
-- only once they have run. NULL on notices served before this migration (the process variable
-- feeNoticeServedOn still holds it for those) and on a notice not yet served.
ALTER TABLE ogi_fee_notice ADD COLUMN served_on DATE;

-- 5.5 (要求确认或重新出具已获取信息, Art. 36(六)): which fact the reply states, ANSWERED (the agency
-- already answered the applicant about it; the earlier request is in repeat_of) or OBTAINED (the
-- applicant already has the information). NULL on other outcomes and on 5.5 replies drafted
-- before this migration, which keep the general wording.
ALTER TABLE ogi_case ADD COLUMN confirmation_basis VARCHAR(16);
