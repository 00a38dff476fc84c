-- What the system did with a recorded decision or judgment (ADR 0110): the request reopened after
-- a withdrawal was set aside, found already reopened, or a reply date ordered that moved nothing.
-- Until now these notices were appended to decision_warning, which is the warning that the
-- decision is dated before the agency's answer or defence (V36), and the audit trail showed them
-- under 决定日期提示. Each notice begins "The "; the date warning begins "Decided on " and holds no
-- "; The ", so the texts already recorded are split where the first notice begins.
ALTER TABLE ogi_appeal ADD COLUMN decision_notice VARCHAR(2000);

UPDATE ogi_appeal SET decision_notice = decision_warning, decision_warning = NULL
WHERE decision_warning IS NOT NULL AND decision_warning NOT LIKE 'Decided on %';

UPDATE ogi_appeal
SET decision_notice = SUBSTRING(decision_warning FROM POSITION('; The ' IN decision_warning) + 2),
    decision_warning = SUBSTRING(decision_warning FROM 1
        FOR POSITION('; The ' IN decision_warning) - 1)
WHERE decision_warning LIKE 'Decided on %' AND POSITION('; The ' IN decision_warning) > 0;
