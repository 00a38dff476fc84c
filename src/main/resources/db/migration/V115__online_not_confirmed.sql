-- 不予确认 (ADR 0158, audit 34a F7): an online submission that is no application (blank,
-- unreadable, a test) or repeats one already submitted is not confirmed at 确认收到网上申请 (Art. 31:
-- received only on the day both sides confirm). The row keeps its number with status
-- NOT_CONFIRMED, which no report counts and which has no receipt date or reply deadline; the
-- kind, the reason, the application it repeats, who decided and on which day. Written by
-- CaseRegister (owner of ogi_case).
ALTER TABLE ogi_case ADD COLUMN not_confirmed_on DATE;
ALTER TABLE ogi_case ADD COLUMN not_confirmed_kind VARCHAR(24);
ALTER TABLE ogi_case ADD COLUMN not_confirmed_reason VARCHAR(2000);
ALTER TABLE ogi_case ADD COLUMN not_confirmed_duplicate_of VARCHAR(20);
ALTER TABLE ogi_case ADD COLUMN not_confirmed_by VARCHAR(64);
