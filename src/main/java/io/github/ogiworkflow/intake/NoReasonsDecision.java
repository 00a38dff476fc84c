package io.github.ogiworkflow.intake;

/**
 * What the office decides when the applicant's period to give reasons has passed (确认逾期未说明
 * 理由): 5.4 follows silence only when a person confirms it (Art. 35; audit round 26, F1), never
 * the timer alone, as 视为放弃 (Art. 30) and 其他处理-2 do.
 */
public enum NoReasonsDecision {
  /** The applicant gave no reasons within the period: 不予处理 (5.4). */
  NOT_GIVEN,
  /**
   * Reasons came (e.g. posted in time, entered after the timer fired): recorded with the date
   * received and assessed as on 审查申请人说明的理由.
   */
  GIVEN
}
