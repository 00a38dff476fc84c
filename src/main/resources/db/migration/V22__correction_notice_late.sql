-- A correction notice sent after 7 working days of receipt (Art. 30 of the 2019 Regulation)
-- does not restart the reply clock: while such a case waits for the applicant's correction its
-- reply deadline keeps running, so the deadline overview and the compliance check 逾期未答复
-- list it like a case in progress (ADR 0036). False for every earlier case.
ALTER TABLE ogi_case ADD COLUMN correction_notice_late BOOLEAN DEFAULT FALSE NOT NULL;
