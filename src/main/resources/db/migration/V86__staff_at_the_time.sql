-- ADR 0123 (audit 31a, F1): who reviewed an item and who decided for leadership, as they were
-- at the time: their name and their groups when the row was recorded. The checks at the point
-- of no return and the compliance report read "a member of legal (leadership) when reviewing
-- (deciding)" from here, not today's memberships; the audit trail keeps the name once the
-- account is gone. Rows recorded before this migration keep NULL: the register has no record of
-- the memberships at their time, and they are checked against today's memberships as before
-- (ADR 0123 says why they are not filled in).
ALTER TABLE ogi_item_review ADD COLUMN reviewer_name VARCHAR(200);
ALTER TABLE ogi_item_review ADD COLUMN reviewer_groups VARCHAR(1000);
ALTER TABLE ogi_approval ADD COLUMN decided_by_name VARCHAR(200);
ALTER TABLE ogi_approval ADD COLUMN decided_by_groups VARCHAR(1000);
