-- Audit pubitem 1 (ADR 0186): a 废止 registered without the document it repeals (before V105,
-- or naming a 文号 the register had no 制发 of) may be linked to that document afterwards by
-- the office (PublicationController, RepealLinks): repeals_id then names the 制发, and these
-- columns keep who linked it (login id and the name of the day, as V109) and when. Null for
-- a 废止 that named its document at registration.
ALTER TABLE ogi_publication_item ADD COLUMN repeals_linked_by VARCHAR(64);
ALTER TABLE ogi_publication_item ADD COLUMN repeals_linked_by_name VARCHAR(200);
ALTER TABLE ogi_publication_item ADD COLUMN repeals_linked_at TIMESTAMP;
