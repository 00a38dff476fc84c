-- ADR 0127 (audit 31a, F4 rest): a corrected receipt, payment or delivery date is recorded with
-- the reply deadline in force when the correction was made, so that the compliance rule on
-- corrections that moved a deadline later or made a late reply timely judges a delivery against
-- the deadline of its own round, not a later one. Rows recorded before keep NULL (the rule then
-- reads the case's deadline).
ALTER TABLE ogi_date_change ADD COLUMN reply_due_on DATE;
