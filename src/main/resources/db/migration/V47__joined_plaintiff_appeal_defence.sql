-- The agency's 答辩状 to the plaintiff's appeal recorded into the second instance of its own
-- appeal (ADR 0066, after ADR 0060's V41): due 15 days after the copy's service (CPL's rule on
-- the 上诉状副本, applied by ALL Art. 101), drafted, approved and submitted apart from the
-- agency's 行政上诉状, whose answer_text/evidence/approved_by/submitted_on stay its own. What
-- leadership approved is kept here; only that text is issued. NULL: no such 答辩状 (yet).
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_answer_due_on DATE;
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_answer_text VARCHAR(8000);
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_evidence VARCHAR(4000);
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_approved_by VARCHAR(64);
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_submitted_on DATE;
