package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;

/**
 * Whether a case's reply clock waits for the applicant's correction (Art. 30): a case awaiting
 * correction has no reply date (补正后重新计算) until the corrected application arrives, unless
 * its correction notice went out after the 7 working days; then the period still runs from the
 * original receipt and the date stands, or unless the round is bound by a reply date a decision
 * or judgment ordered: that date is a calendar date the body fixed, which the correction does not
 * stop or move (ADR 0101, 0108), so the round's deadline is the ordered date while the correction
 * is awaited (ADR 0111).
 */
public final class CorrectionWait {

  /** What pages show instead of a reply date while the clock waits. */
  public static final String RECOMPUTED_AFTER_CORRECTION = "补正后重新计算";

  private CorrectionWait() {}

  /**
   * {@code status}, {@code correctionNoticeLate} and {@code orderedDueOn} as the register holds
   * them ({@code ogi_case.status}, {@code correction_notice_late}, {@code ordered_due_on}).
   */
  public static boolean clockWaits(String status, boolean correctionNoticeLate,
      LocalDate orderedDueOn) {
    return CaseRegister.Status.AWAITING_CORRECTION.name().equals(status)
        && !correctionNoticeLate && orderedDueOn == null;
  }

  /** The same in SQL: {@link CaseRegister#CLOCK_RUNS_SQL}. */

  /** The same answer for one case, read from the register; false for a case not registered. */
  public static boolean clockWaits(CaseRegister register, String trackingNumber) {
    return register.find(trackingNumber)
        .map(c -> clockWaits(c.status(), register.correctionNoticeLate(trackingNumber),
            register.orderedDueOn(trackingNumber).orElse(null)))
        .orElse(false);
  }
}
