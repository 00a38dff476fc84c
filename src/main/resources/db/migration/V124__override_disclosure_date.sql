-- Art. 32 (audit 35a F5; ADR 0171): the 公开决定告知书 states the day from which the information
-- will be disclosed to the applicant; the register keeps that stated day per notice, i.e. per
-- objecting third party's consultation (ADR 0166). The reply releasing the party's items is not
-- delivered before it, nor before the waiting period has run from the notice's recorded service.
-- Null for notices issued before. Written by ConsultationRegister (owner of ogi_consultation).
ALTER TABLE ogi_consultation ADD COLUMN override_disclosure_on DATE;
