package io.github.ogiworkflow.fee;

/**
 * What the office decides when the payment period has passed (确认逾期未缴费): non-payment closes
 * a case only when a person confirms there is no good reason (handbook 2.12, like 视为放弃 of
 * Art. 30), never by the timer alone.
 */
public enum UnpaidDecision {
  /** No good reason: the case is closed as 其他处理-2. */
  CLOSE("无正当理由逾期未缴费，终止办理"),
  /** A good reason (e.g. the notice came late, payment under way): a new due date. */
  MORE_TIME("有正当理由，延长缴费期限"),
  /**
   * Paid after all, entered after the timer fired (audit round 25 F6): the payment is recorded
   * with its date and no letter goes out; a date after the period needs the reason it was
   * accepted late.
   */
  PAID("已缴费，登记缴费");

  private final String label;

  UnpaidDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
