-- Case register (办件登记簿): the business record of each disclosure request, read by reports.
-- Filled in by the request lifecycle; kept portable between H2 and PostgreSQL.
CREATE TABLE ogi_tracking_sequence (
  prefix      VARCHAR(8)  NOT NULL,
  seq_year    INTEGER     NOT NULL,
  last_value  INTEGER     NOT NULL,
  PRIMARY KEY (prefix, seq_year)
);
