package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.register.CaseRegister;

/**
 * Whether a case's reply clock waits for the applicant's correction (Art. 30): a case awaiting
 * correction has no reply date (补正后重新计算) until the corrected application arrives, unless
 * its correction notice went out after the 7 working days; then the period still runs from the
 * original receipt and the date stands.
 */
public final class CorrectionWait {

  /** What pages show instead of a reply date while the clock waits. */
  public static final String RECOMPUTED_AFTER_CORRECTION = "补正后重新计算";

  private CorrectionWait() {}

  /**
   * {@code status} and {@code correctionNoticeLate} as the register holds them
   * ({@code ogi_case.status}, {@code correction_notice_late}).
   */
  public static boolean clockWaits(String status, boolean correctionNoticeLate) {
    return CaseRegister.Status.AWAITING_CORRECTION.name().equals(status)
        && !correctionNoticeLate;
  }

  /** The same answer for one case, read from the register; false for a case not registered. */
  public static boolean clockWaits(CaseRegister register, String trackingNumber) {
    return register.find(trackingNumber)
        .map(c -> clockWaits(c.status(), register.correctionNoticeLate(trackingNumber)))
        .orElse(false);
  }
}
