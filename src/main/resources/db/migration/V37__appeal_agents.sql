-- The agency's 委托代理人 in a reconsideration answer or a lawsuit (ADR 0056): at most two per
-- appeal row (ALL Art. 31: 一至二人; each instance its own), each a name and a position or unit
-- (职务或工作单位), entered by the legal team on the drafting task and printed in the parties block
-- of the pleading after 法定代表人. NULL where none was named, and on appeals recorded before.
ALTER TABLE ogi_appeal ADD COLUMN agent1_name VARCHAR(50);
ALTER TABLE ogi_appeal ADD COLUMN agent1_position VARCHAR(100);
ALTER TABLE ogi_appeal ADD COLUMN agent2_name VARCHAR(50);
ALTER TABLE ogi_appeal ADD COLUMN agent2_position VARCHAR(100);
