-- 主动公开审核 of Art. 44 items (audit 33a F9, ADR 0162, 0173): an item a request's reply
-- released goes public under Art. 44 only after legal's review of it as proactive information
-- (经审核): whether it belongs in the proactive scope, whether it holds personal information,
-- whether a third party consented only to this applicant's request. Kept on the publication row
-- (one row per proposal, so a new proposal after 不予发布 gets its own review), who reviewed it
-- with the name of the day, when, and the note. Owner: publication.PublicationRegister.
ALTER TABLE ogi_publication_item ADD COLUMN scope_in_scope BOOLEAN;
ALTER TABLE ogi_publication_item ADD COLUMN scope_personal_data BOOLEAN;
ALTER TABLE ogi_publication_item ADD COLUMN scope_consent_limited BOOLEAN;
ALTER TABLE ogi_publication_item ADD COLUMN scope_note VARCHAR(1000);
ALTER TABLE ogi_publication_item ADD COLUMN scope_reviewed_by VARCHAR(64);
ALTER TABLE ogi_publication_item ADD COLUMN scope_reviewed_by_name VARCHAR(255);
ALTER TABLE ogi_publication_item ADD COLUMN scope_reviewed_at TIMESTAMP;

-- A 申请人建议主动公开 recorded in error is voided by the office with a reason (audit 33a, ADR
-- 0173): the row stays, with who voided it (login id and the name of the day), when and why; a
-- voided suggestion no longer counts and the item may be suggested again. The item is unique
-- among the rows that stand: active_item_id is the item while the row stands, null once voided
-- (a plain UNIQUE column, several NULLs allowed, alike on PostgreSQL and H2; as V98).
ALTER TABLE ogi_proactive_suggestion ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE ogi_proactive_suggestion ADD COLUMN voided_by VARCHAR(64);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN voided_by_name VARCHAR(255);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN void_reason VARCHAR(1000);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN active_item_id BIGINT;
UPDATE ogi_proactive_suggestion SET active_item_id = item_id;
CREATE INDEX ogi_proactive_suggestion_of ON ogi_proactive_suggestion (item_id);
ALTER TABLE ogi_proactive_suggestion DROP CONSTRAINT ogi_proactive_suggestion_item;
ALTER TABLE ogi_proactive_suggestion ADD CONSTRAINT ogi_proactive_suggestion_active
  UNIQUE (active_item_id);
