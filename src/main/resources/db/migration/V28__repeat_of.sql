-- 5.2 (重复申请): the tracking number of the same applicant's earlier request that this agency
-- has already answered, named by the office at the completeness check and checked against the
-- register; the reply names that request and its answer (Art. 36(六)). Null for every other
-- outcome and for earlier cases.
ALTER TABLE ogi_case ADD COLUMN repeat_of VARCHAR(40);
