-- Registrations that must happen once even when sent at the same moment, on one node or on
-- several nodes sharing the database (ADR 0059). A lock held in one JVM does not see the other
-- node, so the database decides: a row lock on the case (ogi_case, SELECT ... FOR UPDATE, taken
-- by appeal filings, date corrections and delivery) and the unique keys below.

-- A complaint passed on by a body under a docket number (来文编号) is registered once (Art. 51,
-- ADR 0037): the key is the body and the docket number without blanks (half- or full-width) and
-- in upper case, as AppealRegister.complaintWithDocket compares them; null for other appeals and
-- for a complaint without a docket number. Rows registered twice before this migration keep
-- their first registration as the key holder.
ALTER TABLE ogi_appeal ADD COLUMN complaint_docket_key VARCHAR(310);
UPDATE ogi_appeal SET complaint_docket_key =
    UPPER(REPLACE(REPLACE(body_or_court, ' ', ''), '　', '')) || '|'
    || UPPER(REPLACE(REPLACE(docket_no, ' ', ''), '　', ''))
  WHERE kind = 'COMPLAINT' AND docket_no IS NOT NULL AND body_or_court IS NOT NULL
    AND REPLACE(REPLACE(docket_no, ' ', ''), '　', '') <> ''
    AND id = (SELECT MIN(b.id) FROM ogi_appeal b WHERE b.kind = 'COMPLAINT'
      AND UPPER(REPLACE(REPLACE(b.body_or_court, ' ', ''), '　', ''))
        = UPPER(REPLACE(REPLACE(ogi_appeal.body_or_court, ' ', ''), '　', ''))
      AND UPPER(REPLACE(REPLACE(b.docket_no, ' ', ''), '　', ''))
        = UPPER(REPLACE(REPLACE(ogi_appeal.docket_no, ' ', ''), '　', '')));
CREATE UNIQUE INDEX ogi_appeal_complaint_docket ON ogi_appeal (complaint_docket_key);

-- The run of the AnnualReport process that prepares a year's report (Art. 49): one row per
-- year, written by the run's first step. Two runs started at once both insert it, and the
-- primary key lets one through; a later run takes the row over (locked) only when the owner no
-- longer runs and the year is not published. ogi_annual_report is written only by its owner.
CREATE TABLE ogi_annual_report_run (
  report_year          INTEGER        NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64)    NOT NULL,
  started_at           TIMESTAMP      NOT NULL
);
