-- Annual report (issue 6): table 四 and the legacy counts read appeals by kind and serving date,
-- and join a suit's second instance to its first.
CREATE INDEX ogi_appeal_kind_served ON ogi_appeal (kind, served_on);
CREATE INDEX ogi_appeal_first_instance ON ogi_appeal (first_instance_id);
