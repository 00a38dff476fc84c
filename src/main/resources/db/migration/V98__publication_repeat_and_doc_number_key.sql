-- Audit 33a F8 (ADR 0140): an item's publication rows that came to nothing (不予发布: withheld,
-- refused by leadership, not for proactive disclosure, published on no channel) no longer bar
-- a new proposal of the item (Art. 44). The item is unique among its rows that are not
-- NOT_PUBLISHED: active_item_id is the item while the row stands, null once it is not
-- published (set by PublicationRegister.setStatus). A plain column with a UNIQUE constraint
-- (several NULLs allowed) behaves alike on PostgreSQL and H2, which has no partial index.
ALTER TABLE ogi_publication_item ADD COLUMN active_item_id BIGINT;
UPDATE ogi_publication_item SET active_item_id = item_id WHERE status <> 'NOT_PUBLISHED';
CREATE INDEX ogi_publication_item_of ON ogi_publication_item (item_id);
ALTER TABLE ogi_publication_item DROP CONSTRAINT ogi_publication_item_one;
ALTER TABLE ogi_publication_item ADD CONSTRAINT ogi_publication_item_active
  UNIQUE (active_item_id);

-- Audit 33a F3: the same document (文号) is registered once. The key folds blanks, brackets
-- （）()［］[]【】 to 〔〕 and full-width digits, as DocNumbers.key does for new rows.
ALTER TABLE ogi_publication_item ADD COLUMN doc_number_key VARCHAR(200);
UPDATE ogi_publication_item SET doc_number_key = UPPER(TRANSLATE(
    REPLACE(REPLACE(doc_number, ' ', ''), '　', ''),
    '（(［[【）)］]】０１２３４５６７８９', '〔〔〔〔〔〕〕〕〕〕0123456789'))
  WHERE doc_number IS NOT NULL;
CREATE INDEX ogi_publication_doc_number_key ON ogi_publication_item (doc_number_key);
