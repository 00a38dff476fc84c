-- A correction (纠正) of a case closed by the applicant's withdrawal reopens it (ADR 0099,
-- handbook §3): the withdrawal stays recorded (its day is the case's first closing, 6.3, which the
-- annual report counts), marked as set aside by the decision or judgment.
-- withdrawal_round_started_on: clock_started_on when the withdrawal was recorded, the start of
-- the round it ended; a withdrawal date correction may not precede it (audit round 27, F6), and
-- the reopening overwrites clock_started_on.
-- withdrawal_set_aside_by: the ogi_appeal row whose correction set the withdrawal aside;
-- withdrawal_set_aside_on: that decision's date. Written through CaseRegister (owner).
ALTER TABLE ogi_case ADD COLUMN withdrawal_round_started_on DATE;
ALTER TABLE ogi_case ADD COLUMN withdrawal_set_aside_by BIGINT;
ALTER TABLE ogi_case ADD COLUMN withdrawal_set_aside_on DATE;
-- No withdrawn case was reopened before this migration: its clock still shows the round ended.
UPDATE ogi_case SET withdrawal_round_started_on = clock_started_on WHERE withdrawn_on IS NOT NULL;
