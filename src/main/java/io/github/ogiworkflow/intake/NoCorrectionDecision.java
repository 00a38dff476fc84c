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
  MORE_TIME,
  /**
   * The correction came (e.g. signed for on the last day, entered after the timer fired; audit
   * round 26, F5): recorded with its date, the reply clock restarts, and no letter goes out; a
   * date after the period needs the reason it was accepted late (as 已缴费, round 25 F6).
   */
  RECEIVED
}
