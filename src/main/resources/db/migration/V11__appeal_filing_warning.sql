-- Issue 14, point 9: the appeal window warns, it never refuses. A reconsideration or lawsuit
-- served after its period (or a direct suit where reconsideration comes first, ARL Art. 23) is
-- recorded with the warning shown when it was registered; admissibility is for the
-- reconsideration body or court (ARL Art. 20).
ALTER TABLE ogi_appeal ADD COLUMN filing_warning VARCHAR(2000);

-- The day the applicant received the reply, when known and later than the delivery date
-- entered (post: the day signed for); the appeal periods run from it.
ALTER TABLE ogi_case ADD COLUMN reply_received_on DATE;
