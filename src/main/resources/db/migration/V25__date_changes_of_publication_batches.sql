-- Proactive disclosure (主动公开), Art. 26: when a year's holiday notice arrives, the due dates of
-- the items of open publication batches (ZDGK-…) are counted again like the requests' deadlines,
-- and each change is kept in ogi_date_change for the batch's audit trail. A batch is no request
-- of ogi_case, so ogi_date_change.tracking_number loses its foreign key to ogi_case (the writers,
-- DeadlineRecomputation and DateCorrections for requests, PublicationDueDateRecomputation for
-- batches, name existing cases or batches). The constraint has no portable name (H2 and
-- PostgreSQL generate different ones): the column is copied, dropped (which drops its foreign
-- key and index on both) and renamed back, as V20 did for ogi_attachment.case_ref.
ALTER TABLE ogi_date_change ADD COLUMN tracking_number_v25 VARCHAR(20);
UPDATE ogi_date_change SET tracking_number_v25 = tracking_number;
ALTER TABLE ogi_date_change DROP COLUMN tracking_number;
ALTER TABLE ogi_date_change RENAME COLUMN tracking_number_v25 TO tracking_number;
ALTER TABLE ogi_date_change ALTER COLUMN tracking_number SET NOT NULL;
CREATE INDEX IF NOT EXISTS ogi_date_change_case ON ogi_date_change (tracking_number);
