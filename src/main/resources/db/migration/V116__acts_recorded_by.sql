-- Who did the register's acts, by his user id and his name at the act (ADR 0161, audit 34b
-- F4/F3): the register is the lasting record (README, History retention), but who registered a
-- request, who recorded its delivery, who issued each letter and who recorded an appeal or its
-- decision were known only from the engine's history, which is removed after its period. Written
-- by each table's owner at the act (process/ActingStaff: the authenticated user). Rows recorded
-- before, and acts of a job (an asynchronous step, a timer), keep NULL: the trail then names
-- nobody there, as before (no name is invented).
ALTER TABLE ogi_case ADD COLUMN registered_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN registered_by_name VARCHAR(200);
ALTER TABLE ogi_case ADD COLUMN delivery_recorded_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN delivery_recorded_by_name VARCHAR(200);
ALTER TABLE ogi_case ADD COLUMN delivery_recorded_at TIMESTAMP;
-- Who first recorded the termination notice's service (送达终止告知书, ADR 0067); a closing
-- clears it with the rest of that service.
ALTER TABLE ogi_case ADD COLUMN termination_recorded_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN termination_recorded_by_name VARCHAR(200);
-- The void's proposer and approver (V83 keeps their ids) by their names at the act.
ALTER TABLE ogi_case ADD COLUMN void_proposed_by_name VARCHAR(200);
ALTER TABLE ogi_case ADD COLUMN void_approved_by_name VARCHAR(200);
ALTER TABLE ogi_letter ADD COLUMN issued_by VARCHAR(64);
ALTER TABLE ogi_letter ADD COLUMN issued_by_name VARCHAR(200);
ALTER TABLE ogi_appeal ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE ogi_appeal ADD COLUMN recorded_by_name VARCHAR(200);
ALTER TABLE ogi_appeal ADD COLUMN decision_recorded_by VARCHAR(64);
ALTER TABLE ogi_appeal ADD COLUMN decision_recorded_by_name VARCHAR(200);
