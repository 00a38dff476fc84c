-- 现行有效 of table 二 (Art. 20(1)) per kind of regulation is computed, never stored: opening
-- stock (ogi.report.in-force-at-start.*) + issued − repealed, from ogi_publication_item
-- (publication/RegulationsInForce). What lowers it — a batch registering a repeal, the
-- withdrawal (撤回) of a published 制发 — reads it and then writes; two at the same moment read
-- the same stock and together could take it below zero (audit round 24, F4). Each takes its
-- kind's row here first (an UPDATE: a row lock until the transaction ends, ADR 0059), so they
-- are decided one after the other on every node, the second reading what the first wrote. The
-- row holds no figure; last_checked_at is only the time of the last such check.
CREATE TABLE ogi_regulation_stock_lock (
  regulation_kind  VARCHAR(16)  NOT NULL PRIMARY KEY,
  last_checked_at  TIMESTAMP
);
INSERT INTO ogi_regulation_stock_lock (regulation_kind) VALUES ('RULE');
INSERT INTO ogi_regulation_stock_lock (regulation_kind) VALUES ('NORMATIVE');
