-- ADR 0137 (ADR 0127's open point): who corrected a date, by the name he had when he made the
-- correction, so that the audit trail, the case page and 合规检查 (q) keep naming him as he was
-- once his account is renamed or deleted. Rows recorded by 系统 and rows recorded before this
-- migration keep NULL: the name is then looked up when read, as before (the register has no
-- record of the name at the time of those corrections).
ALTER TABLE ogi_date_change ADD COLUMN changed_by_name VARCHAR(200);
