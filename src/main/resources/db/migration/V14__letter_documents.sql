-- Letters as Word documents (issue 15). Every letter issued gets a 文号 (GB/T 9704:
-- 机关代字〔2026〕12号) counted per agency, year and letter kind without gaps: the counter row is
-- incremented in the transaction that stores the letter, so its row lock orders concurrent
-- issuing (also across nodes) and a rolled-back letter gives its number back.
CREATE TABLE ogi_document_number (
  agency_prefix  VARCHAR(40)  NOT NULL,
  number_year    INTEGER      NOT NULL,
  kind           VARCHAR(40)  NOT NULL,
  last_number    INTEGER      NOT NULL,
  PRIMARY KEY (agency_prefix, number_year, kind)
);

-- The document as issued: its 文号, the .docx bytes and their SHA-256. Stored once, never
-- regenerated; downloads and delivery hand out exactly these bytes.
ALTER TABLE ogi_letter ADD COLUMN document_number VARCHAR(80);
ALTER TABLE ogi_letter ADD COLUMN docx BYTEA;
ALTER TABLE ogi_letter ADD COLUMN docx_sha256 CHAR(64);
CREATE UNIQUE INDEX ogi_letter_document_number ON ogi_letter (document_number);

-- The reply letter: issued (numbered and rendered) when it became final, i.e. on leadership's
-- approval, or when the office finalised it where no approval is required.
ALTER TABLE ogi_reply_letter ADD COLUMN document_number VARCHAR(80);
ALTER TABLE ogi_reply_letter ADD COLUMN docx BYTEA;
ALTER TABLE ogi_reply_letter ADD COLUMN docx_sha256 CHAR(64);
ALTER TABLE ogi_reply_letter ADD COLUMN issued_on DATE;
