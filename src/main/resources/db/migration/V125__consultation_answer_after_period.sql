-- Art. 32 (audit 35a F4, ADR 0172): a third party's answer that reaches the office after its 15
-- working days (the consultation already closed as silence) can still be recorded while its
-- items are not yet reviewed. An answer posted within the period (邮戳日期 on or before the last
-- day) or received within it counts as in time: the row's answer, answered_on (the day received)
-- and opinion take it, posted_on keeps the postmark. A genuinely late answer leaves the row's
-- SILENCE as it is and is kept beside it (late_answer, late_received_on, late_opinion) for the
-- reviewer and approver to weigh. Who recorded either after the period: after_period_recorded_by.
-- Written by ConsultationRegister (owner of ogi_consultation).
ALTER TABLE ogi_consultation ADD COLUMN posted_on DATE;
ALTER TABLE ogi_consultation ADD COLUMN late_answer VARCHAR(16);
ALTER TABLE ogi_consultation ADD COLUMN late_received_on DATE;
ALTER TABLE ogi_consultation ADD COLUMN late_opinion VARCHAR(4000);
ALTER TABLE ogi_consultation ADD COLUMN after_period_recorded_by VARCHAR(64);
