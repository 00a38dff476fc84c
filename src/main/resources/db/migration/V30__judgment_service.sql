-- A first-instance judgment's document (JUDGMENT 判决书 or RULING 裁定书) and the day it was
-- served on the agency: the agency's own appeal period runs from there (ALL Art. 85: 15 days for
-- a judgment, 10 for a ruling). NULL on appeals recorded before: their period counts from
-- decided_on.
ALTER TABLE ogi_appeal ADD COLUMN judgment_kind VARCHAR(16);
ALTER TABLE ogi_appeal ADD COLUMN judgment_served_on DATE;
