-- Why information is not this agency's to disclose (Art. 36(五): 告知申请人并说明理由), entered
-- with an item found NOT_HELD and printed in the reply's item line (audit 32a, F7; ADR 0130).
-- Items split before the field have none.
ALTER TABLE ogi_info_item ADD COLUMN not_ours_reason VARCHAR(500);
