-- A reconsideration decision or judgment dated before the agency submitted its answer or defence
-- is recorded, not refused: the body may decide once the answer period has lapsed without the
-- answer (ARL 2023 Art. 48, 70), so such a date may be true (the answer was late) or a typing
-- error. The warning it was recorded with, as filing_warning keeps a late filing's (V11).
ALTER TABLE ogi_appeal ADD COLUMN decision_warning VARCHAR(2000);
