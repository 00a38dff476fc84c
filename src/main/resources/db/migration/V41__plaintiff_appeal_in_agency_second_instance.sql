-- The plaintiff's appeal against a first-instance judgment the agency has appealed already
-- (ADR 0060): the higher court hears both appeals in one second instance (ALL Art. 85, 87),
-- so no second instance is registered for it. It is recorded on the second instance's row:
-- when its copy was served on the agency, when it was filed (if known) and the warning it was
-- recorded with (filed or served after the period, as for any plaintiff's appeal). NULL: the
-- plaintiff has not appealed into that second instance.
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_served_on DATE;
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_filed_on DATE;
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_warning VARCHAR(2000);
