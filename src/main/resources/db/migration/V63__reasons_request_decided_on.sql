-- Art. 35: 5.4 for silence only once the applicant's period has run (audit round 26, F1). The
-- day the finding was recorded, so the release checks can see that a NOT_ANSWERED record was
-- made after due_on; rows recorded before this column have none (the earlier rule applies).
ALTER TABLE ogi_reasons_request ADD COLUMN decided_on DATE;
