package io.github.ogiworkflow.intake;

/**
 * 5.5 (要求确认或重新出具已获取信息): which fact the reply states, chosen by the office at the
 * completeness check; Art. 36 asks the reply to give its reasons, not a choice of two (ADR 0064).
 */
public enum ConfirmationBasis {
  /** The agency already answered the applicant about the information: the earlier request is named. */
  ANSWERED,
  /** The applicant already has the information. */
  OBTAINED
}
