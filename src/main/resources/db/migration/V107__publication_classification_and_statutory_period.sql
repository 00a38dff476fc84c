-- Audit 33a F11 (ADR 0151): legal confirms or corrects a batch item's 类别 and 文件类型
-- (规章/行政规范性文件, 制发/废止) with its secrecy review. category, regulation_kind and
-- regulation_action then hold the confirmed values, which the approval table, table 二 and the
-- catalogue read; the office's own values are kept in drafted_*; who and when in classified_*;
-- the note legal was shown (a 文号 that looks like a 规范性文件 typed 否) in classification_warning.
-- Rows from before (or an Art. 44 item, whose review was carried over) have no classified_at.
ALTER TABLE ogi_publication_item ADD COLUMN drafted_category VARCHAR(24);
ALTER TABLE ogi_publication_item ADD COLUMN drafted_regulation_kind VARCHAR(16);
ALTER TABLE ogi_publication_item ADD COLUMN drafted_regulation_action VARCHAR(16);
ALTER TABLE ogi_publication_item ADD COLUMN classified_by VARCHAR(64);
ALTER TABLE ogi_publication_item ADD COLUMN classified_at TIMESTAMP;
ALTER TABLE ogi_publication_item ADD COLUMN classification_warning VARCHAR(1000);

-- Audit 33a F12: Art. 26's "法律、法规对政府信息公开的期限另有规定的，从其规定". An item may carry
-- its own statutory period (working days) with its 法律依据; without one the category's period
-- set by law applies (Art26DueDates), else Art. 26's 20 working days.
ALTER TABLE ogi_publication_item ADD COLUMN period_working_days INTEGER;
ALTER TABLE ogi_publication_item ADD COLUMN period_basis VARCHAR(500);
