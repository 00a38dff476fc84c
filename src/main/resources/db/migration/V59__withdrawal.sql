-- The applicant's withdrawal of a request (撤回申请, ADR 0085): the day it reached the office,
-- how it was made (WRITTEN 书面, ORAL 口头提出，办公室记录, ONLINE 网上; vocabulary/WithdrawalForm),
-- the reason the applicant gave (optional), who recorded it and when. Written by
-- intake/Withdrawals through CaseRegister together with the closing it causes: outcome 6.3
-- (（六）其他处理 3.其他), closed on the day of the withdrawal. NULL on every other case.
ALTER TABLE ogi_case ADD COLUMN withdrawn_on DATE;
ALTER TABLE ogi_case ADD COLUMN withdrawal_form VARCHAR(16);
ALTER TABLE ogi_case ADD COLUMN withdrawal_reason VARCHAR(1000);
ALTER TABLE ogi_case ADD COLUMN withdrawal_recorded_by VARCHAR(64);
ALTER TABLE ogi_case ADD COLUMN withdrawal_recorded_at TIMESTAMP;
