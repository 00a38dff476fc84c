-- The last day to pay a fee notice, kept in the register (ADR 0065), from which the closing for
-- non-payment (6.2), the termination notice and 确认逾期未缴费's due date are taken. The process
-- variable feeDueAt is only the timer's input, written from this column.
--
-- due_on: 20 working days after served_on when the notice's service is recorded (Art. 42,
-- 国办函〔2020〕109号, handbook 2.12); the later date the office gave with more time (延长缴费期限);
-- moved when the State Council's holiday notice recounts it. NULL on notices served before this
-- migration: they keep the earlier rule (served_on + 20 working days, or a later feeDueAt).
ALTER TABLE ogi_fee_notice ADD COLUMN due_on DATE;

-- The latest extension of the notice's payment period: the day it was granted, who granted it
-- (the user who completed 确认逾期未缴费) and the good reason the office recorded. Earlier
-- extensions of the same notice remain in the letters register (each 延长缴费期限告知书 names its
-- date) and in the audit trail. NULL while the period was never extended.
ALTER TABLE ogi_fee_notice ADD COLUMN extended_on DATE;
ALTER TABLE ogi_fee_notice ADD COLUMN extended_by VARCHAR(64);
ALTER TABLE ogi_fee_notice ADD COLUMN extension_reason VARCHAR(4000);
