-- 说明理由 online (ADR 0163, audit 34a F6): an online applicant asked for reasons (Art. 35)
-- gives them on the public page with the query code. The request for reasons keeps the text as
-- sent (the engine holds it masked, ADR 0129) and the day and moment it arrived (Beijing
-- time), which decide whether it came within the period. Written by ReasonsRequestRegister
-- (owner of ogi_reasons_request), once per request for reasons.
ALTER TABLE ogi_reasons_request ADD COLUMN online_text VARCHAR(4000);
ALTER TABLE ogi_reasons_request ADD COLUMN online_received_on DATE;
ALTER TABLE ogi_reasons_request ADD COLUMN online_received_at TIMESTAMP;
