-- The applicant's online correction (补正材料, supplementText) as it was sent (ADR 0129): the
-- engine now keeps the variable masked (ID and phone numbers, e-mails, addresses, ADR 0117), so
-- the full text lives here, written by CaseRegister (owner of ogi_case) when 审查网上补正材料 is
-- created, in the command that takes the correction; the office reads it on the applicant page.
-- A later correction (a reopened round) replaces it. Running cases that received one before get
-- it from their variable at the next start, before it is masked (intake/SupplementTextKeeper).
ALTER TABLE ogi_case ADD COLUMN supplement_text VARCHAR(4000);

-- The appeal answer or pleading (answerText) and its evidence list (evidenceList) as drafted
-- (ADR 0129): the engine now keeps both masked, so the draft lives here, written by
-- AppealRegister (owner of ogi_appeal) when the drafting task is completed, in that command;
-- leadership's approval copies it into answer_text/evidence (or the joined 答辩状's
-- plaintiff_appeal_* columns), from which the submission and the answer print it. A redraft
-- after a send-back that leaves the shown (masked) text as it was keeps the draft; the drafter
-- reads the full draft on /cases/{n}/answer-draft. Running drafts from before get it from their
-- variables at the next start, before they are masked (appeal/AnswerDrafts).
ALTER TABLE ogi_appeal ADD COLUMN draft_answer_text VARCHAR(8000);
ALTER TABLE ogi_appeal ADD COLUMN draft_evidence VARCHAR(4000);
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_draft_text VARCHAR(8000);
ALTER TABLE ogi_appeal ADD COLUMN plaintiff_appeal_draft_evidence VARCHAR(4000);

-- Reads of the free texts kept whole for appeals (ADR 0129) are recorded as the applicant page's
-- are: a complaint's text (申诉举报内容, office) and an answer's full draft (its drafter). A
-- complaint without a request (SSJB-…) has no case: the row names the appeal instead.
-- Written by PersonalDataAccessLog (owner of ogi_personal_data_access).
ALTER TABLE ogi_personal_data_access ALTER COLUMN tracking_number DROP NOT NULL;
ALTER TABLE ogi_personal_data_access ADD COLUMN appeal_id BIGINT REFERENCES ogi_appeal (id);
