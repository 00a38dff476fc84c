-- Annual report process (年度报告, Art. 49): one row per reported year, holding the computed
-- tables as they were when the office wrote the text (a snapshot, so the published report does
-- not change when a late correction reaches the register), the narrative sections and who
-- approved and when it was published. Redoing a year replaces its row.
CREATE TABLE ogi_annual_report (
  report_year          INTEGER        NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64),
  -- COMPUTED, SUBMITTED, RETURNED, APPROVED, PUBLISHED
  status               VARCHAR(16)    NOT NULL,
  computed_at          TIMESTAMP      NOT NULL,
  consistent           BOOLEAN        NOT NULL,
  tables_json          VARCHAR(1000000) NOT NULL,
  -- 一、总体情况 / 五、存在的主要问题及改进情况 / 六、其他需要报告的事项
  narrative_overview   VARCHAR(20000),
  narrative_problems   VARCHAR(20000),
  narrative_other      VARCHAR(20000),
  submitted_by         VARCHAR(64),
  return_comment       VARCHAR(2000),
  approved_by          VARCHAR(64),
  approved_at          TIMESTAMP,
  published_on         DATE,
  updated_at           TIMESTAMP      NOT NULL
);
