-- Session 37 (classify, ADR 0190 / 0151): an item's own statutory period may be in calendar
-- days (自然日, "N日内") as some laws set it, and longer than Art. 26's 20 working days, always
-- with its 法律依据 (at most 90 days). TRUE: period_working_days counts calendar days; NULL or
-- FALSE: working days, as before.
ALTER TABLE ogi_publication_item ADD COLUMN period_calendar_days BOOLEAN;
