-- The reply date a reconsideration decision or judgment ordered for the request's running round
-- (责令限期答复, ogi_appeal.corrected_due_on; ADR 0096, 0101). A calendar date the body or court
-- fixed: a pause of the reply clock (consultation, Art. 32, 34; fee, Art. 42) must not move the
-- deadline past it. NULL when no decision set one for the round. Written by appeal/
-- OrderedReplyDate (a correction of the failure to reply) and intake/ReopenDelegates (a reply
-- corrected and the request reopened) through CaseRegister (owner).
ALTER TABLE ogi_case ADD COLUMN ordered_due_on DATE;
-- Requests still awaiting their reply whose deadline already stands at a date a correction
-- ordered (ADR 0096 moved it there): that date binds them.
UPDATE ogi_case SET ordered_due_on = due_on
  WHERE status IN ('REGISTERED', 'IN_PROGRESS', 'AWAITING_CORRECTION')
    AND EXISTS (SELECT 1 FROM ogi_appeal a WHERE a.tracking_number = ogi_case.tracking_number
      AND a.result = 'CORRECTED' AND a.corrected_due_on = ogi_case.due_on);
