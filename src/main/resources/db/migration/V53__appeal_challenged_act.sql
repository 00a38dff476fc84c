-- What a reconsideration or lawsuit challenges (ADR 0081, audit round 24 F8): REPLY, the act
-- served on the appellant (the applicant's reply or termination notice, a third party's decision
-- to disclose), or NON_REPLY, the agency's failure to reply within Art. 33's period
-- (逾期未作答复), recorded for an applicant's appeal served before any reply was delivered.
-- Every appeal recorded before challenged the act served (an applicant's filing before the
-- delivery was refused).
ALTER TABLE ogi_appeal ADD COLUMN challenged_act VARCHAR(20) DEFAULT 'REPLY' NOT NULL;
