-- Audit round 31a, F2 (ADR 0124): the day leadership approved the 行政复议答复书 / 答辩状 (and the
-- 答辩状 to a joined plaintiff's appeal), kept with who approved it, so a submission dated before
-- the approval is refused. Written by AppealRegister (owner of ogi_appeal). Rows approved before
-- this migration keep NULL: their day is not known and their submission is not checked by it.
ALTER TABLE ogi_appeal ADD COLUMN approved_on DATE;
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_approved_on DATE;
