-- Art. 32, 15 (audit 35a F1; ADR 0166): each third party of a case is consulted on its own: its
-- own letter listing only its items, its own service date and 15 working days, its own answer.
-- The consultation row names the party it went to, as the items name it (third_party_name).
-- Null for consultations from before (one letter to all of the case's third parties) and for
-- items whose third party was not named. Written by ConsultationRegister (owner of
-- ogi_consultation).
ALTER TABLE ogi_consultation ADD COLUMN party_name VARCHAR(200);
