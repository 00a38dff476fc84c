-- The date by which a correcting reconsideration decision or judgment (纠正) ordered the agency to
-- reply anew (handbook §3), when it set one: the reopened request's deadline, and what the reply
-- made anew or the termination notice of the reopened round cites (ADR 0044). NULL when the
-- decision set no date (the deadline is then 20 working days from the decision) and on appeals
-- recorded before.
ALTER TABLE ogi_appeal ADD COLUMN corrected_due_on DATE;
