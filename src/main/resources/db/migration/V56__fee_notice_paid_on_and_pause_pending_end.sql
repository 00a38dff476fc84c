-- Audit round 25 F3: section 六's 本年收取信息处理费 is the sum of the fee notices actually paid
-- (handbook 8: the report's figures come from the records), not ogi_case.fee_amount, which a
-- second notice on a reopened case overwrote while fee_paid_on stayed from the first.
ALTER TABLE ogi_fee_notice ADD COLUMN paid_on DATE;

-- The payment already recorded on a case belongs to the latest notice served on or before it
-- (a payment is never dated before the notice was received: FeeDelegates.paymentDate) ...
UPDATE ogi_fee_notice SET paid_on = (SELECT c.fee_paid_on FROM ogi_case c
    WHERE c.tracking_number = ogi_fee_notice.tracking_number)
  WHERE id IN (SELECT MAX(n.id) FROM ogi_fee_notice n
    JOIN ogi_case c ON c.tracking_number = n.tracking_number
    WHERE c.fee_paid_on IS NOT NULL AND n.served_on IS NOT NULL AND n.served_on <= c.fee_paid_on
    GROUP BY n.tracking_number);

-- ... or, for notices served before the register kept the service date (V44), the latest
-- issued on or before it.
UPDATE ogi_fee_notice SET paid_on = (SELECT c.fee_paid_on FROM ogi_case c
    WHERE c.tracking_number = ogi_fee_notice.tracking_number)
  WHERE id IN (SELECT MAX(n.id) FROM ogi_fee_notice n
    JOIN ogi_case c ON c.tracking_number = n.tracking_number
    WHERE c.fee_paid_on IS NOT NULL AND n.issued_on <= c.fee_paid_on
      AND NOT EXISTS (SELECT 1 FROM ogi_fee_notice p
        WHERE p.tracking_number = n.tracking_number AND p.paid_on IS NOT NULL)
    GROUP BY n.tracking_number);

-- Audit round 25 F9: while several holders share a pause, the latest release date seen so far;
-- the last release ends the pause on the later of it and its own date (Art. 33(3): no day of a
-- consultation still running is counted).
ALTER TABLE ogi_case_pause ADD COLUMN pending_end DATE;
