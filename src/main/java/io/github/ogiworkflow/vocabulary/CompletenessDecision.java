package io.github.ogiworkflow.vocabulary;

/** The office's finding on 审查申请内容是否明确 (handbook 2.3), as the form's radio offers it. */
public enum CompletenessDecision {
  /** 申请内容明确. */
  COMPLETE,
  /** 需要补正. */
  CORRECTION,
  /** 不属于政府信息公开申请（不予处理）. */
  NOT_A_REQUEST,
  /**
   * 数量、频次明显超过合理范围，要求申请人说明理由 (Art. 35): the only way to 不予处理 for
   * excessive requests (5.4), which needs the reasons missing or rejected first.
   */
  REASONS_REQUEST,
  /**
   * 登记错误，报请作废 (ADR 0119): a counter registration made in error, before anything went to
   * the applicant; leadership approves.
   */
  VOID
}
