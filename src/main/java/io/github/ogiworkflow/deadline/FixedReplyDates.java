package io.github.ogiworkflow.deadline;

import java.time.LocalDate;

/**
 * Reply dates that are not a count of working days but a calendar date a body set: the date a
 * reconsideration decision or judgment ordered the reply by (责令限期答复, ARL 2023 Art. 66, ALL
 * Art. 72; {@code ogi_appeal.corrected_due_on}). A holiday notice counts working days again; it
 * must leave such a date where the body put it (audit 28 F13), as it leaves the date a served
 * 延迟答复告知书 named (ADR 0094). Implemented where the appeals are kept: {@code deadline} may not
 * read the appeal register itself (README "Layout").
 */
public interface FixedReplyDates {

  /**
   * Whether {@code dueOn}, the case's reply deadline, is a date an appeal decision of its current
   * handling round ordered (decided on or after the round's clock started).
   */
  boolean fixed(String trackingNumber, LocalDate dueOn);
}
