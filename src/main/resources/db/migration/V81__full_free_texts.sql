-- A complaint's text (申诉举报内容, Art. 51) as the office entered it (audit 30b F4, ADR 0117):
-- the engine now keeps the variable complaintText masked (ID and phone numbers, e-mails,
-- addresses), so the full text lives here, written by 登记申诉举报 from the submitted value, and
-- the complaint's answer quotes it from here. Written by AppealRegister (owner of ogi_appeal).
-- Running complaints registered before get it from their variable at the next start, before it
-- is masked (appeal/ComplaintTextKeeper); ended ones keep NULL.
ALTER TABLE ogi_appeal ADD COLUMN complaint_text VARCHAR(4000);

-- The points of a 补正申请告知书 (correctionPoints) as the office entered them, written by
-- CaseRegister (owner of ogi_case) when 审查申请内容是否明确 decides 补正; the notice, issued
-- asynchronously, reads them from here.
ALTER TABLE ogi_case ADD COLUMN correction_points VARCHAR(4000);

-- The public-interest reason (overrideReason) as the office entered it, written by
-- ConsultationRegister (owner of ogi_consultation) when 判断是否涉及重大公共利益 proposes to
-- disclose; the 公开决定告知书 to the third party, sent after leadership's approval, reads it here.
ALTER TABLE ogi_consultation ADD COLUMN override_reason VARCHAR(4000);
