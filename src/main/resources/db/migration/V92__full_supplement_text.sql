-- The applicant's online correction (补正材料, supplementText) as it was sent (ADR 0129): the
-- engine now keeps the variable masked (ID and phone numbers, e-mails, addresses, ADR 0117), so
-- the full text lives here, written by CaseRegister (owner of ogi_case) when 审查网上补正材料 is
-- created, in the command that takes the correction; the office reads it on the applicant page.
-- A later correction (a reopened round) replaces it. Running cases that received one before get
-- it from their variable at the next start, before it is masked (intake/SupplementTextKeeper).
ALTER TABLE ogi_case ADD COLUMN supplement_text VARCHAR(4000);
