-- A reply signed and numbered (签发, ADR 0132) but never served, because the case closed first
-- (the applicant withdrew, the fee went unpaid): recorded as void (作废) when the case closes,
-- with the day and the reason, so the audit trail explains the gap in the 答 series (ADR 0136).
-- The row, its 文号 and its document stay as they were.
ALTER TABLE ogi_reply_letter ADD COLUMN voided_on DATE;
ALTER TABLE ogi_reply_letter ADD COLUMN void_reason VARCHAR(200);
