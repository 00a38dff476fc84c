-- Audit 33a F5/F6 (ADR 0149): a 废止 names the document it repeals, a 变更 the item it
-- replaces, so the catalogue can show 效力状态 and table 二's 现行有效 can list the documents
-- in force. repeals_doc_number is the 文号 a 废止 names (repeals_doc_number_key its
-- DocNumbers key); repeals_id the register's 制发 of that 文号, null for a document issued
-- before the register (counted in ogi.report.in-force-at-start.*). replaces_id is the item a
-- new version replaces. Rows registered before V105 keep all four null. No foreign key: tests
-- empty the table in one DELETE; PublicationRegister writes only ids it has just read, locked.
ALTER TABLE ogi_publication_item ADD COLUMN repeals_doc_number VARCHAR(200);
ALTER TABLE ogi_publication_item ADD COLUMN repeals_doc_number_key VARCHAR(200);
ALTER TABLE ogi_publication_item ADD COLUMN repeals_id BIGINT;
ALTER TABLE ogi_publication_item ADD COLUMN replaces_id BIGINT;
CREATE INDEX ogi_publication_item_repeals_of ON ogi_publication_item (repeals_id);
CREATE INDEX ogi_publication_item_replaces_of ON ogi_publication_item (replaces_id);
