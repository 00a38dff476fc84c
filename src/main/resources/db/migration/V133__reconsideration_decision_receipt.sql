-- The day the applicant received a reconsideration decision (复议决定书送达申请人日期, audit 37a
-- F2, ADR 0187): a suit after reconsideration runs 15 days from it (ALL Art. 45). Null: not
-- recorded (counted from the decision's date, as before). Owner: appeal.AppealRegister.
ALTER TABLE ogi_appeal ADD COLUMN decision_received_on DATE;
