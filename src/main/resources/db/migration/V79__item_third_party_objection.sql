-- Art. 32 (audit 30b, F1; ADR 0115): a third party's objection is kept with the information it
-- is about, not only with the round's consultation. When a third-party consultation ends in an
-- objection, the case's current items that touch the third party get the day of the answer
-- here; the mark stays when a correction (纠正) supersedes the items, so the next round's split
-- and an Art. 44 publication can see that the third party objected to that information.
-- Written by ItemRegister (owner of ogi_info_item).
ALTER TABLE ogi_info_item ADD COLUMN third_party_objected_on DATE;

-- Cases from before: an item touching a third party is marked when a third-party consultation
-- of its case ended in an objection whose letter went out while the item was current (before
-- the item was superseded, if it was). This may mark an item of an earlier round too, which only
-- asks the office to consult again; it never leaves an objection out.
UPDATE ogi_info_item SET third_party_objected_on = (
    SELECT MIN(COALESCE(c.answered_on, c.letter_sent_on)) FROM ogi_consultation c
    WHERE c.tracking_number = ogi_info_item.case_ref AND c.kind = 'THIRD_PARTY'
      AND c.answer = 'OBJECTION'
      AND (ogi_info_item.superseded_on IS NULL OR c.letter_sent_on <= ogi_info_item.superseded_on))
  WHERE third_party = TRUE AND EXISTS (
    SELECT 1 FROM ogi_consultation c
    WHERE c.tracking_number = ogi_info_item.case_ref AND c.kind = 'THIRD_PARTY'
      AND c.answer = 'OBJECTION'
      AND (ogi_info_item.superseded_on IS NULL OR c.letter_sent_on <= ogi_info_item.superseded_on));
