-- ADR 0157 (audit 34b, F2): the list behind each drillable cell of a published annual report,
-- stored in the publication's transaction (登记发布日期) with the figures it explains, so the
-- published cell keeps listing the cases (tracking numbers; for appeals and complaints the
-- numbers their drill-down lists) and, for table 二 and 主动公开信息数, the published items it
-- counted, whatever the register says later. One row per case or item of a cell, in order.
-- Owner: report.PublishedCells. A year published before V113 has none (cells_stored false):
-- its drill-downs are recomputed from the register and marked so.
ALTER TABLE ogi_annual_report ADD COLUMN cells_stored BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE ogi_annual_report_cell (
  report_year      INTEGER        NOT NULL REFERENCES ogi_annual_report (report_year)
                                  ON DELETE CASCADE,
  cell_id          VARCHAR(100)   NOT NULL,
  seq              INTEGER        NOT NULL,
  -- the case (YSQ-…, SSJB-…) or, for an item, its batch (ZDGK-…)
  tracking_number  VARCHAR(40)    NOT NULL,
  -- an item of table 二 / 主动公开信息数 as it was counted (null for a case)
  item_id          BIGINT,
  item_seq         INTEGER,
  item_title       VARCHAR(1000),
  doc_number       VARCHAR(200),
  published_on     DATE,
  withdrawn_on     DATE,
  figure           DECIMAL(18, 4),
  -- what a 现行有效 line adds or ends (废止X / 替代X, ADR 0149)
  note             VARCHAR(500),
  PRIMARY KEY (report_year, cell_id, seq)
);
