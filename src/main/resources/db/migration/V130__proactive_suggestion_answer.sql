-- The agency's answer to a 申请人建议主动公开 (Art. 44, second sentence; ADR 0183): 采纳 or 不予
-- 采纳, the reasons, the day of the answer, who recorded it (login id and the name of the day)
-- and when. Kept on the suggestion's row (one answer per suggestion; a voided suggestion is not
-- answered). Owner: publication.ProactiveSuggestions.
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answer VARCHAR(16);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answer_reason VARCHAR(1000);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answered_on DATE;
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answered_by VARCHAR(64);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answered_by_name VARCHAR(255);
ALTER TABLE ogi_proactive_suggestion ADD COLUMN answer_recorded_at TIMESTAMP;
