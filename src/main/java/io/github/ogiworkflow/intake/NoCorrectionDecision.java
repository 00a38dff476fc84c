package io.github.ogiworkflow.intake;

/**
 * What the office decides when the correction period has passed (确认逾期未补正): a request is
 * deemed abandoned only when a person confirms there is no good reason (handbook 2.3, Art. 30),
 * never by the timer alone.
 */
public enum NoCorrectionDecision {
  /** No good reason: deemed abandoned, closed as 其他处理-1. */
  CLOSE,
  /** A good reason (e.g. the notice came late, the correction is in the post): a new deadline. */
  MORE_TIME
}
