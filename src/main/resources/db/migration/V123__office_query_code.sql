-- A query code the office issued for a counter or post request (audit 34a F3, ADR 0170).
-- Kept apart from ogi_online_access, which also marks a case as an online submission: a row
-- here makes a case no online case anywhere (reports, delivery rules, letters, receipt date
-- floor). Only the salted hash is kept; the code is shown once, to the office, to hand over.
-- One working code per case: a new one replaces the row.
CREATE TABLE ogi_office_query_code (
  tracking_number  VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES ogi_case (tracking_number),
  code_salt        VARCHAR(64)  NOT NULL,
  code_hash        VARCHAR(64)  NOT NULL,
  issued_at        TIMESTAMP    NOT NULL,
  issued_by        VARCHAR(64)  NOT NULL
);
