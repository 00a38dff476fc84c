-- The case's status when the applicant withdrew (ADR 0109, audit round 29, F7): a correction
-- (纠正) that sets the withdrawal aside returns the request to where the withdrawal found it. A
-- request withdrawn while it waited for the applicant's correction (AWAITING_CORRECTION, Art. 30)
-- waits for it again instead of going on to the search as if it had come. Written with the
-- withdrawal by CaseRegister (owner of ogi_case and ogi_earlier_withdrawal), moved with it.
-- Withdrawals recorded before this migration keep NULL: the register did not keep the status the
-- closing overwrote, and such a withdrawal, when set aside, reopens as before (at the search).
ALTER TABLE ogi_case ADD COLUMN withdrawal_status VARCHAR(32);
ALTER TABLE ogi_earlier_withdrawal ADD COLUMN status VARCHAR(32);
