-- The reply deadline as it stood when a withdrawal was recorded (撤回申请, ADR 0085, 0097): a
-- withdrawal ends the case, and with it the overdue lists (合规检查 (j), 期限监控); without this the
-- register would no longer show that the agency had missed Art. 33 before the applicant gave up.
-- withdrawal_due_on: the reply deadline in force on the day the withdrawal was recorded, NULL when
-- the reply clock did not run then (awaiting a correction notified in time, or paused).
-- withdrawal_late: that deadline had passed by the day the withdrawal was recorded (the day the
-- office learned of it, whatever date the office typed as withdrawnOn). Written by
-- intake/Withdrawals through CaseRegister (owner).
ALTER TABLE ogi_case ADD COLUMN withdrawal_due_on DATE;
ALTER TABLE ogi_case ADD COLUMN withdrawal_late BOOLEAN;
-- Withdrawals recorded before this migration: the deadline as it stands (a closing does not move
-- it), late when it lay before the recording day (the timestamp's date: a record made between
-- 00:00 and 08:00 Beijing time may be judged a day early).
UPDATE ogi_case SET withdrawal_due_on = due_on,
    withdrawal_late = CASE WHEN due_on < CAST(withdrawal_recorded_at AS DATE) THEN TRUE ELSE FALSE END
  WHERE withdrawn_on IS NOT NULL AND withdrawal_recorded_at IS NOT NULL;
