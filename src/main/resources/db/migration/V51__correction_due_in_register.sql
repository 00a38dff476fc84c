-- The applicant's last day to correct (Art. 30, 补正期限), kept in the register (ADR 0071), from
-- which the closing as abandoned (视为放弃, 6.1), the termination notice, 确认逾期未补正's due date,
-- the deadline overview and the holiday recount are taken. The process variable
-- correctionDeadline is only the timer's input and the forms' date, written from this column.
-- On ogi_case, as correction_notice_late (V22): the correction notice is a row of the letters
-- register (ogi_letter, owned by letter.Letters, alike for every kind of letter), and a case has
-- one correction period at a time (one notice, handbook 2.3; a new notice starts it afresh).
--
-- correction_due_on: the correction notice's date + the correction period (15 working days by
-- default) when the notice goes out; the later date the office gave with more time (延长补正期限);
-- moved when the State Council's holiday notice recounts it. NULL on cases whose notice went out
-- before this migration: they keep the earlier rule (the notice's date in ogi_letter + the
-- period, or a later correctionDeadline), which is where an extension granted before V51 is.
ALTER TABLE ogi_case ADD COLUMN correction_due_on DATE;

-- The latest extension of the correction period: the day it was granted, who granted it (the
-- user who completed 确认逾期未补正) and the good reason the office recorded. Earlier extensions
-- remain in the letters register (each 延长补正期限告知书 names its date) and in the audit trail.
-- NULL while the period was never extended.
ALTER TABLE ogi_case ADD COLUMN correction_extended_on DATE;
ALTER TABLE ogi_case ADD COLUMN correction_extended_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN correction_extension_reason VARCHAR(4000);
