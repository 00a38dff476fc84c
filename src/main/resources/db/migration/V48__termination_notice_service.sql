-- The service of the 终止办理告知书 of a case closed without a reply (6.1 视为放弃, Art. 30;
-- 6.2 逾期未缴费, Art. 42; ADR 0067): how it was sent (送达方式, the reply's vocabulary), the
-- day it was handed over or posted, and the day the applicant signed for it. The appeal periods
-- run from the applicant's receipt (handbook §2.13; ARL Art. 20, ALL Art. 46), by post from the
-- signed-for day. termination_service_due is set by every closing from this version on: the
-- service is then to be recorded (送达终止告知书) and, until it is, no day is known to count
-- from. FALSE on every row closed before (nothing was recorded then): those keep counting from
-- the closing day.
ALTER TABLE ogi_case ADD COLUMN termination_service_due BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ogi_case ADD COLUMN termination_served_by VARCHAR(16);
ALTER TABLE ogi_case ADD COLUMN termination_served_on DATE;
ALTER TABLE ogi_case ADD COLUMN termination_signed_for_on DATE;
