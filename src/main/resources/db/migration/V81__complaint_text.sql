-- A complaint's text (申诉举报内容, Art. 51) as the office entered it (audit 30b F4, ADR 0117):
-- the engine now keeps the variable complaintText masked (ID and phone numbers, e-mails,
-- addresses), so the full text lives here, written by 登记申诉举报 from the submitted value, and
-- the complaint's answer quotes it from here. Written by AppealRegister (owner of ogi_appeal).
-- Complaints registered before keep NULL: their answer reads the variable as before.
ALTER TABLE ogi_appeal ADD COLUMN complaint_text VARCHAR(4000);
