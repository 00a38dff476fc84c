-- Art. 35 delay (ADR 0092, audit round 26 F8): leadership's approval of the delay, linked to the
-- request for reasons whose days it approved. A new assessment of the reasons clears it, so
-- 发出延迟答复告知书 reads the approval of exactly the register's days from the register, not from
-- the engine's history. Rows recorded before this column have none (see ADR 0092).
ALTER TABLE ogi_reasons_request ADD COLUMN delay_approval_id BIGINT;
ALTER TABLE ogi_reasons_request ADD CONSTRAINT ogi_reasons_request_delay_approval
  FOREIGN KEY (delay_approval_id) REFERENCES ogi_approval (id);
