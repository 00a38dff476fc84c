-- A posted reply's return receipt (送达回证/邮件回执) that the office reports lost (LOST) or the
-- letter that came back undelivered (RETURNED), on the follow-up task 跟进邮寄回执 (ADR 0061),
-- and the day it was reported. Service by post takes effect on the day the applicant signs for
-- it (handbook §2.13, ARL Art. 20); the handbook says nothing of a lost receipt or a returned
-- letter, so the fact is recorded and nothing follows from it: the case stays open (待确认签收)
-- until a signed-for date is recorded. NULL: nothing reported (every row before this version).
ALTER TABLE ogi_case ADD COLUMN post_receipt_missing VARCHAR(16);
ALTER TABLE ogi_case ADD COLUMN post_receipt_reported_on DATE;
