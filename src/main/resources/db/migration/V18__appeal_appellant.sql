-- Who filed a reconsideration or lawsuit (提起人): the applicant against the reply, or a third
-- party against the decision to disclose over its objection (Art. 32 of the 2019 Regulation).
-- Every appeal recorded before was the applicant's.
ALTER TABLE ogi_appeal ADD COLUMN appellant VARCHAR(20) DEFAULT 'APPLICANT' NOT NULL;
ALTER TABLE ogi_appeal ADD COLUMN appellant_name VARCHAR(200);
