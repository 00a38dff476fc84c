-- ADR 0153 (the open points of ADR 0127 and 0137): who recorded a withdrawal, who published a
-- batch line on a channel, who up- or downloaded a case's file and who read its full data, by
-- the name the identity service gave him at the act, so that the audit trail keeps naming him
-- as he was once his account is renamed or deleted. Rows recorded before this migration (and
-- the applicant's downloads) keep NULL: the name is then looked up when read, as before (the
-- register has no record of the name at their time, so none is invented).
ALTER TABLE ogi_case ADD COLUMN withdrawal_recorded_by_name VARCHAR(200);
ALTER TABLE ogi_earlier_withdrawal ADD COLUMN recorded_by_name VARCHAR(200);
ALTER TABLE ogi_publication_channel ADD COLUMN published_by_name VARCHAR(200);
ALTER TABLE ogi_file_access ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE ogi_personal_data_access ADD COLUMN user_name VARCHAR(200);

-- Who completed a user task, by his name at the completion (ADR 0153): the engine's history
-- records the user id only (user operation log, assignee), so the trail looked the name up when
-- read. One row per task completed by an authenticated user (register/TaskCompletionNames);
-- tasks completed before this migration have none and are named as before.
CREATE TABLE ogi_task_completion (
  task_id             VARCHAR(64)  PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  completed_by        VARCHAR(64)  NOT NULL,
  completed_by_name   VARCHAR(200),
  completed_at        TIMESTAMP    NOT NULL
);
CREATE INDEX ogi_task_completion_instance ON ogi_task_completion (process_instance_id);
