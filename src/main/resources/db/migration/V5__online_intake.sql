-- Online applications (网上申请): what the public side needs beyond the case register.
-- The applicant's query code is kept only as a salted SHA-256 hash; the code itself is shown
-- once, in the answer to the submission.
CREATE TABLE ogi_online_access (
  tracking_number  VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES ogi_case (tracking_number),
  code_salt        VARCHAR(64)  NOT NULL,
  code_hash        VARCHAR(64)  NOT NULL,
  submitted_at     TIMESTAMP    NOT NULL
);

-- Idempotency-Key of each submission: the unique key makes a second case for one key
-- impossible; a retry is answered from this row.
CREATE TABLE ogi_idempotency_key (
  idem_key         VARCHAR(100) NOT NULL PRIMARY KEY,
  request_hash     VARCHAR(64)  NOT NULL,
  tracking_number  VARCHAR(20)  NOT NULL REFERENCES ogi_case (tracking_number),
  created_at       TIMESTAMP    NOT NULL
);
